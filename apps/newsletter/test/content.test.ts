import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { checkCollection, type Document, formatProblem, type LoadResult, loadDocument } from "@belarusbrief/core";
import { describe, expect, it } from "vitest";
import { documentText, missingFragments, normalize, seedDate } from "./coverage.js";

const app = fileURLToPath(new URL("..", import.meta.url));
const contentDir = join(app, "content");
const seedDir = join(app, "seeds");

const files = yamlFiles(contentDir);
const results = new Map<string, LoadResult>(
  files.map((file) => [relative(contentDir, file), loadDocument(readFileSync(file, "utf8"), relative(app, file))]),
);

describe("every content file", () => {
  it("there are content files and all five seeds", () => {
    expect(files.length).toBeGreaterThan(0);
    expect(readdirSync(seedDir).filter((f) => f.endsWith(".txt"))).toHaveLength(5);
  });

  it.each([...results.keys()])("%s loads without errors", (file) => {
    const result = results.get(file);
    const errors = result && !result.ok ? result.errors.map(formatProblem) : [];
    expect(errors).toEqual([]);
  });

  it.each(files.map((f) => relative(contentDir, f)))("%s starts with a working schema comment", (file) => {
    const first = readFileSync(join(contentDir, file), "utf8").split("\n")[0] ?? "";
    const match = /^# yaml-language-server: \$schema=(\S+)$/.exec(first);
    expect(match, first).not.toBeNull();
    expect(existsSync(resolve(dirname(join(contentDir, file)), match?.[1] ?? ""))).toBe(true);
  });

  it("warns only about placeholder links and missing sources", () => {
    const other = [...results.values()]
      .flatMap((r) => r.warnings)
      .filter((w) => w.rule !== "placeholder-link" && w.rule !== "missing-source");
    expect(other.map(formatProblem)).toEqual([]);
  });

  it("gives every document its own id", () => {
    expect(checkCollection([...results.values()]).map(formatProblem)).toEqual([]);
  });
});

describe("seed 000: the February 2021 brief", () => {
  const raw = seed("000");
  const file = "2021-02-brief.yaml";
  const doc = load(file);
  if (doc.kind !== "brief") throw new Error("expected a brief");
  const sections = doc.sections ?? [];
  // "(via [Spring96](#))", "(via [Spring96](#) in Russian only)", "(location: [google drive](#))."
  // (the last one is a sentence of its own, with its own full stop).
  const CITATION = /\s*\((?:via|location:) \[([^\]]+)\]\(#\)(?: in Russian only)?\)\.?/g;
  // One block per "## heading", up to the next heading or rule.
  const blocks = raw
    .split(/^## /m)
    .slice(1)
    .map((block) => block.split(/\n---\n/)[0] ?? "");
  const paragraphs = (block: string) =>
    block
      .split(/\n\s*\n/)
      .slice(1)
      .map((p) => p.trim())
      .filter((p) => p !== "" && p !== "---");

  it("keeps the headings, in order, and the rally section after the rule", () => {
    const headings = [...raw.matchAll(/^## (.+)$/gm)].map((m) => m[1]?.trim());
    expect(sections.filter((s) => s.heading).map((s) => s.heading)).toEqual(headings);
    const afterLastRule = raw.slice(raw.lastIndexOf("\n---\n"));
    expect(sections.at(-1)?.heading).toBeUndefined();
    expect(sections.at(-1)?.reports).toHaveLength(paragraphs(afterLastRule).length - 1); // minus the intro
  });

  it("keeps every cited source, with the Russian-only notes", () => {
    const cited = [...raw.matchAll(CITATION)].map((m) => m[1]);
    expect(cited.length).toBeGreaterThan(0);
    const names = sourcesOf(doc).map((s) => s.name);
    for (const name of cited) expect(names).toContain(name);
    const russianOnly = raw.match(/in Russian only/g)?.length ?? 0;
    expect(sourcesOf(doc).filter((s) => s.note === "in Russian only")).toHaveLength(russianOnly);
  });

  it("keeps every other link as a Markdown link", () => {
    const links = [...raw.replace(CITATION, "").matchAll(/\[([^\]]+)\]\(#\)/g)].map((m) => m[0]);
    expect(links.length).toBeGreaterThan(0);
    const markdown = documentText(doc);
    for (const link of links) expect(markdown).toContain(link);
  });

  it("keeps one item per paragraph, the statistics, the dates and the calls to action", () => {
    const [international, terror, future] = blocks.map(paragraphs);
    // The first paragraph of "reign of terror" is the numbers, one per line ("…: **at least 511**").
    const statLines = (terror?.[0] ?? "").split("\n");
    for (const line of statLines) expect(line).toMatch(/:\s*\*{0,2}(?:over |at least )?[\d,]+\*\*/);
    expect(sections[0]?.items).toHaveLength(international?.length ?? -1);
    expect(sections[1]?.statistics).toHaveLength(statLines.length);
    expect(sections[1]?.items).toHaveLength((terror?.length ?? 0) - 1); // minus the paragraph of numbers
    const dateLines = (future ?? []).filter((p) =>
      /^(January|February|March|April|May|June|July|August|September|October|November|December) \d+:/.test(p),
    );
    expect(sections[2]?.events?.map((e) => e.date)).toEqual(["2021-03-08", "2021-03-25"]);
    expect(sections[2]?.events).toHaveLength(dateLines.length);
    expect(sections[2]?.actions).toHaveLength((future?.length ?? 0) - dateLines.length);
    expect(sections[1]?.statistics?.map((s) => [s.value, s.qualifier])).toEqual([
      [35000, "over"],
      [258, "exact"],
      [511, "at-least"],
    ]);
  });

  it("keeps the rally attendance figures", () => {
    const attendance = (sections.at(-1)?.reports ?? []).filter((r) => r.attendance).map((r) => [r.city, r.attendance]);
    expect(attendance).toEqual([
      ["Boston", { value: 60, qualifier: "over" }],
      ["Seattle", { value: 150, qualifier: "about" }],
    ]);
  });

  it("warns about every placeholder link, the lead's source first", () => {
    const warnings = results.get(file)?.warnings ?? [];
    expect(warnings.every((w) => w.rule === "placeholder-link")).toBe(true);
    expect(warnings.map((w) => w.path)).toContain("lead.source.url");
    expect(warnings).toHaveLength(countPlaceholderUrls(doc));
    // At least one warning per distinct placeholder the seed cites.
    expect(warnings.length).toBeGreaterThanOrEqual(new Set([...raw.matchAll(CITATION)].map((m) => m[1])).size);
  });

  it("carries every sentence of the seed", () => {
    const text = rewrite(raw.replace(CITATION, ""), [
      // The lead is a quotation attributed to "Human rights organizations"; the verb "observe"
      // that introduced it is not carried: the attribution says who, the quote says what.
      ["Human rights organizations observe “", "Human rights organizations\n“"],
    ]);
    expect(missingFragments(lines(text), documentText(doc))).toEqual([]);
  });
});

describe("seed 001: press release, Day of Political Prisoners", () => {
  const raw = seed("001");
  const file = "2023-05-21-day-of-political-prisoners.yaml";
  const doc = load(file);
  const sections = doc.sections ?? [];

  it("keeps the demands to Congress as one recommendation with every bullet", () => {
    const bullets = raw.match(/^\s*•/gm) ?? [];
    const recommendations = sections.flatMap((s) => s.recommendations ?? []);
    expect(recommendations).toHaveLength(1);
    expect(recommendations[0]?.addressee).toBe("the United States Congress");
    expect(recommendations[0]?.items).toHaveLength(bullets.length);
    expect(recommendations[0]?.items[0]).toMatch(/ and$/);
  });

  it("keeps each question as a section heading", () => {
    const questions = raw.split("\n").filter((line) => line.trim().endsWith("?"));
    expect(questions.length).toBeGreaterThan(0);
    expect(sections.filter((s) => s.heading).map((s) => s.heading)).toEqual(questions.map((q) => q.trim()));
  });

  it("keeps the statistic without a source, and the validator says so", () => {
    const stats = sections.flatMap((s) => s.statistics ?? []);
    // The seed states one figure: "more than 1500 political prisoners".
    expect(stats.map((s) => [s.value, s.qualifier, s.source])).toEqual([[1500, "more-than", undefined]]);
    expect(
      results
        .get(file)
        ?.warnings.map((w) => w.rule)
        .sort(),
    ).toEqual(["missing-source", "placeholder-link"]);
  });

  it("keeps every further-reading title and address", () => {
    const reading = raw.slice(raw.indexOf("Further reading:") + "Further reading:".length);
    const entries = reading
      .split("\n")
      .map((l) => l.trim())
      .filter(Boolean);
    const urls = entries.filter((e) => /^https?:\/\//.test(e));
    const titles = entries.filter((e) => !/^https?:\/\//.test(e));
    expect(doc.links?.map((l) => l.title)).toEqual(titles);
    expect(doc.links?.map((l) => l.url).filter((u) => u !== "#")).toEqual(urls);
  });

  it("carries every sentence of the seed", () => {
    const text = omit(raw, [
      "PRESS RELEASE", // carried as kind: press-release
      "Further reading:", // carried as the document's links
    ]);
    expect(missingFragments(lines(text), documentText(doc))).toEqual([]);
  });
});

describe("seed 002: the one-year statement", () => {
  // The PDF extraction: "ill-\ntreatment" is one word; the title runs into the first paragraph.
  const raw = rewrite(seed("002").replace(/-[ \t]*\n[ \t]*/g, "-"), [
    ["SOLIDARITY \nA year on", "SOLIDARITY \n\nA year on"],
  ]);
  const doc = load("2021-08-09-a-year-of-reprisals.yaml");
  const sections = doc.sections ?? [];
  const units = raw.split(/\n[ \t\u00a0]*\n/);
  const capitals = units.map((u) => u.trim()).filter((u) => /\p{Lu}{3}/u.test(u) && !/\p{Ll}/u.test(u));

  it("keeps every heading, and the calls as recommendations by addressee", () => {
    const calls = capitals.filter((c) => c.endsWith(":"));
    const headings = capitals.slice(1).filter((c) => !c.endsWith(":")); // the first is the title
    expect(sections.filter((s) => s.heading).map((s) => normalize(s.heading ?? ""))).toEqual(headings.map(normalize));
    const recommendations = sections.flatMap((s) => s.recommendations ?? []);
    expect(recommendations.map((r) => normalize(r.intro ?? ""))).toEqual(calls.map(normalize));
    expect(recommendations.flatMap((r) => r.items)).toHaveLength(seed("002").match(/\uf0b7/g)?.length ?? -1);
  });

  it("keeps every testimony with its attribution", () => {
    // Block quotations follow a line ending in ":"; two more run on inline after
    // "told Amnesty International: “".
    const blockIntros = raw.split("\n").filter((l) => /\p{Ll}:\s*$/u.test(l));
    const inline = raw.match(/International:\s+“/g) ?? [];
    const quotes = sections.flatMap((s) => s.items ?? []).filter((i) => i.quote);
    expect(quotes).toHaveLength(blockIntros.length + inline.length);
    for (const { quote } of quotes) expect(quote?.attribution?.anonymous || quote?.attribution?.name).toBeTruthy();
    expect(quotes.filter((q) => q.quote?.attribution?.name).map((q) => q.quote?.attribution?.name)).toEqual([
      "Katsyaryna Snytina",
    ]);
  });

  it("keeps the two figures of the introduction as statistics", () => {
    const stats = sections.flatMap((s) => s.statistics ?? []);
    expect(stats.map((s) => [s.value, s.qualifier, s.source?.name])).toEqual([
      [30000, "over", "Amnesty International"],
      [50, "about", "Amnesty International"],
    ]);
  });

  it("carries every sentence of the seed", () => {
    expect(missingFragments(units, documentText(doc))).toEqual([]);
  });
});

describe("seed 003: the news stream", () => {
  const raw = seed("003");
  const DATE = /^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{2}, \d{4}$/;
  const seedLines = raw.split("\n");
  const dateAt = seedLines.flatMap((line, i) => (DATE.test(line.trim()) ? [i] : []));
  // An item runs from its headline (the last non-blank line before the date) to the next headline.
  const headlineAt = dateAt.map((i) => {
    let h = i - 1;
    while (h > 0 && !seedLines[h]?.trim()) h--;
    return h;
  });
  const items = headlineAt.map((start, n) => {
    const chunk = seedLines.slice(start, headlineAt[n + 1] ?? seedLines.length);
    return {
      headline: (seedLines[start] ?? "").trim(),
      date: (seedLines[dateAt[n] ?? 0] ?? "").trim(),
      source: chunk
        .find((l) => l.startsWith("Source:"))
        ?.slice("Source:".length)
        .trim(),
      chunk,
    };
  });
  const news = [...results.entries()]
    .filter(([f, r]) => f.startsWith("news") && r.ok)
    .map(([, r]) => (r.ok ? r.document : undefined))
    .filter((d): d is Extract<Document, { kind: "news-item" }> => d?.kind === "news-item");
  const docFor = (item: (typeof items)[number]) =>
    news.find((d) => d.title === item.headline && seedDate(d.date) === item.date);

  it("has one news item per headline and date line, and one source per Source: line", () => {
    expect(items.length).toBeGreaterThan(0);
    expect(news).toHaveLength(items.length);
    expect(news.filter((d) => d.source)).toHaveLength(raw.match(/^Source:/gm)?.length ?? -1);
    // The seed's last item has no "Source:" line.
    expect(items.filter((i) => !i.source).map((i) => i.headline)).toEqual([items.at(-1)?.headline]);
  });

  it("finds each headline with its date (as printed in the seed) and its source", () => {
    for (const item of items) {
      const doc = docFor(item);
      expect(doc, `${item.date} ${item.headline}`).toBeDefined();
      expect(doc?.source?.name).toBe(item.source);
    }
  });

  it("keeps every 📌, flag, bullet and e-mail address", () => {
    const bodies = news.map((d) => d.body).join("\n");
    const count = (text: string, re: RegExp) => text.match(re)?.length ?? 0;
    expect(count(bodies, /📌/gu)).toBe(count(raw, /📌/gu));
    expect(count(bodies, /\p{Regional_Indicator}/gu)).toBe(count(raw, /\p{Regional_Indicator}/gu));
    expect(count(bodies, /^- /gm)).toBe(count(raw, /•/g));
    for (const email of raw.match(/[\w.+-]+@[\w-]+\.[\w.]+/g) ?? []) expect(bodies).toContain(`(mailto:${email})`);
  });

  it("carries every sentence of every item into that item's document", () => {
    expect(omit(seedLines.slice(0, headlineAt[0]).join("\n"), ["News"]).trim()).toBe(""); // the page header
    for (const item of items) {
      const doc = docFor(item);
      expect(missingFragments(item.chunk, doc ? documentText(doc) : ""), item.headline).toEqual([]);
    }
  });
});

describe("seed 004: the appeal to senators and the President", () => {
  const raw = seed("004");
  const doc = load("2021-06-appeal-political-prisoners.yaml");
  const actions = (doc.sections ?? []).flatMap((s) => s.actions ?? []);

  it("has one sign action per petition, each with its recipients and the full letter", () => {
    const petitions = raw.match(/падпішыце петыцыю/gi) ?? [];
    expect(actions).toHaveLength(petitions.length);
    const letter = raw.slice(raw.indexOf("I am writing"), raw.indexOf("bottom of page"));
    for (const action of actions) {
      expect(action.kind).toBe("sign");
      expect(action.recipients?.length).toBeGreaterThan(0);
      expect(action.letter?.[0]?.locale).toBe("en");
      expect(missingFragments(lines(letter), action.letter?.[0]?.text ?? "")).toEqual([]);
    }
  });

  it("keeps the dated statistic with its source", () => {
    const stats = (doc.sections ?? []).flatMap((s) => s.statistics ?? []);
    expect(stats.map((s) => [s.value, s.asOf, s.source?.name, s.locale])).toEqual([
      [471, "2021-06-07", "Viasna", "en"],
    ]);
  });

  it("keeps the Taraškievica spelling of the demand", () => {
    expect(doc.intro).toContain("вызваленьне вязьняў");
  });

  it("carries every sentence of the seed", () => {
    const text = omit(raw, [
      "top of page", // web-page artefacts
      "bottom of page",
    ]);
    expect(missingFragments(lines(text), documentText(doc))).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return yamlFiles(path);
      return entry.name.endsWith(".yaml") ? [path] : [];
    })
    .sort();
}

function seed(number: string): string {
  const name = readdirSync(seedDir).find((f) => f.startsWith(`${number}_`));
  if (!name) throw new Error(`seed ${number} is missing from ${seedDir}`);
  return readFileSync(join(seedDir, name), "utf8");
}

function load(file: string): Document {
  const result = results.get(file);
  if (!result?.ok)
    throw new Error(
      `${file} did not load: ${result?.ok === false ? result.errors.map(formatProblem).join("\n") : "missing"}`,
    );
  return result.document;
}

function lines(text: string): string[] {
  return text.split("\n");
}

/** Removes lines that are deliberately not carried; each must be in the seed, so the list stays honest. */
function omit(text: string, omitted: readonly string[]): string {
  const all = text.split("\n");
  for (const line of omitted) {
    if (!all.some((l) => l.trim() === line)) throw new Error(`omitted line "${line}" is not in the seed`);
  }
  return all.filter((l) => !omitted.includes(l.trim())).join("\n");
}

/** Applies deliberate rewrites of the seed's wording; each must apply, so the list stays honest. */
function rewrite(text: string, rewrites: readonly (readonly [string, string])[]): string {
  let out = text;
  for (const [from, to] of rewrites) {
    if (!out.includes(from)) throw new Error(`rewrite "${from}" does not apply to the seed`);
    out = out.replace(from, to);
  }
  return out;
}

interface SourceLike {
  name: string;
  url?: string;
  note?: string;
}

/** Every Source in a document: sources, source, via, author. */
function sourcesOf(doc: Document): SourceLike[] {
  const out: SourceLike[] = [];
  const walk = (value: unknown, key?: string) => {
    if (Array.isArray(value)) for (const v of value) walk(v, key);
    else if (value !== null && typeof value === "object") {
      const node = value as Record<string, unknown>;
      if (key && ["source", "sources", "via", "author"].includes(key) && typeof node.name === "string")
        out.push(node as unknown as SourceLike);
      for (const [k, v] of Object.entries(node)) walk(v, k);
    }
  };
  walk(doc);
  return out;
}

// Placeholders in url fields, and links to "#" written in Markdown text.
function countPlaceholderUrls(value: unknown): number {
  if (typeof value === "string") return [...value.matchAll(/\]\(#\)/g)].length;
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + countPlaceholderUrls(v), 0);
  if (value === null || typeof value !== "object") return 0;
  return Object.entries(value).reduce(
    (n: number, [k, v]) => n + ((k === "url" || k === "online") && v === "#" ? 1 : countPlaceholderUrls(v)),
    0,
  );
}
