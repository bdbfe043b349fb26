import { type ResolvedDocument, type ResolvedSource, urlProblem } from "@belarusbrief/core";
import {
  FIXTURE_NAMES,
  loadSeeds,
  markdownToText,
  normalizeText,
  resolvedFixture,
  resolveLoaded,
} from "@belarusbrief/testkit";
import type { Paragraph } from "mdast";
import { describe, expect, it } from "vitest";
import { renderMarkdown } from "../src/index.js";
import { markedTokens, nodesOf, parseMarkdown, textOf } from "./parse.js";

const documents: [string, ResolvedDocument][] = [
  ...Object.entries(loadSeeds()).map(([path, loaded]): [string, ResolvedDocument] => [
    `seed ${path}`,
    resolveLoaded(loaded),
  ]),
  ...FIXTURE_NAMES.map((name): [string, ResolvedDocument] => [`fixture ${name}`, resolvedFixture(name)]),
];

describe.each(documents)("%s, parsed back", (_, doc) => {
  const output = renderMarkdown(doc, { frontMatter: false });
  const tree = parseMarkdown(output);
  const visible = markdownToText(output);

  it("has the title as the only level-1 heading and each section heading at the view's level", () => {
    const headings = nodesOf(tree, "heading");
    expect(headings.filter((h) => h.depth === 1).map(textOf)).toEqual([normalizeText(doc.title)]);
    const sections = doc.sections.flatMap((s) => (s.heading ? [[s.level, normalizeText(s.heading)]] : []));
    expect(headings.filter((h) => h.depth > 1).map((h) => [h.depth, textOf(h)])).toEqual(
      expect.arrayContaining(sections),
    );
  });

  it("prints every lead-in in bold and every statistic as its phrase in bold after its measure", () => {
    const strong = nodesOf(tree, "strong").map(textOf);
    expect(strong).toEqual(
      expect.arrayContaining(doc.all.items.flatMap((i) => (i.lead ? [normalizeText(i.lead)] : []))),
    );
    for (const stat of doc.all.statistics) {
      expect(strong).toContain(normalizeText(stat.phrase));
      expect(visible).toContain(`${normalizeText(stat.measure)}: ${normalizeText(stat.phrase)}`);
    }
  });

  it("starts a paragraph with each event's date, time and recurrence, and names the event in it", () => {
    const paragraphs = nodesOf(tree, "paragraph").map(textOf);
    for (const event of doc.all.events) {
      const when = `${normalizeText(event.when)}:`;
      const match = paragraphs.find((p) => p.startsWith(when) && p.includes(normalizeText(event.title)));
      expect(match, `${when} ${event.title}`).toBeDefined();
    }
  });

  it("shows every call to action title and every source name, linked to its address", () => {
    for (const action of doc.all.actions) expect(visible).toContain(normalizeText(action.title));
    const links = nodesOf(tree, "link");
    for (const source of sourcesOf(doc)) {
      expect(visible).toContain(normalizeText(source.name));
      if (source.url === undefined) continue;
      const linked = links.some((l) => l.url === source.url && textOf(l).includes(normalizeText(source.name)));
      expect(linked, `${source.name} → ${source.url}`).toBe(true);
    }
  });

  it("prints each postal address after its label, one envelope line per line", () => {
    const addresses = doc.all.actions.flatMap((a) => a.addresses);
    const printed = nodesOf(tree, "paragraph")
      .filter(
        (p) => p.children[0]?.type === "strong" && addresses.some((a) => textOf(p.children[0]!) === `${a.label}:`),
      )
      .map((p) => linesOf(p).slice(1));
    expect(printed).toEqual(addresses.map((a) => a.lines));
  });

  it("has no raw HTML, no images and only https:, http: and mailto: links, in micromark and in marked", () => {
    expect(nodesOf(tree, "html")).toEqual([]);
    expect(nodesOf(tree, "image")).toEqual([]);
    for (const link of nodesOf(tree, "link")) expect(safeLink(link.url), link.url).toBe(true);
    const tokens = markedTokens(output);
    expect(tokens.filter((t) => t.type === "html" || t.type === "image")).toEqual([]);
    for (const t of tokens) if (t.type === "link") expect(safeLink(t.href), t.href).toBe(true);
  });
});

function safeLink(url: string): boolean {
  return /^(https?|mailto):/i.test(url) && urlProblem(url) === undefined;
}

/** Every source the view cites: the author, the news source, and the sources of every block. */
function sourcesOf(doc: ResolvedDocument): ResolvedSource[] {
  const { all } = doc;
  return [
    ...(doc.author ? [doc.author] : []),
    ...(doc.source ? [doc.source] : []),
    ...all.quotes.flatMap((q) => (q.source ? [q.source] : [])),
    ...all.items.flatMap((i) => i.sources),
    ...all.statistics.flatMap((s) => (s.source ? [s.source] : [])),
    ...all.events.flatMap((e) => (e.source ? [e.source] : [])),
    ...all.actions.flatMap((a) => (a.via ? [a.via] : [])),
    ...all.reports.flatMap((r) => r.sources),
  ];
}

/** A paragraph's text split at its hard breaks, as a reader sees the lines. */
function linesOf(paragraph: Paragraph): string[] {
  const lines: string[] = [""];
  for (const child of paragraph.children) {
    if (child.type === "break") lines.push("");
    else lines[lines.length - 1] += textOf(child);
  }
  return lines.map((line) => line.trim());
}
