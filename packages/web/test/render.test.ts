import type { ArtifactInfo, ResolvedDocument } from "@belarusbrief/core";
import {
  describeAdapter,
  FIXTURE_NAMES,
  htmlAddresses,
  htmlLanguages,
  htmlText,
  loadFixture,
  MARKER_KINDS,
  normalizeText,
  phraseText,
  renderWith,
  resolvedFixture,
  resolveLoaded,
  TEST_SITE,
} from "@belarusbrief/testkit";
import { serializeOuter } from "parse5";
import { describe, expect, it } from "vitest";
import { adapter, renderDocumentPage, renderIndex, renderLocaleIndex } from "../src/index.js";
import { attr, elements, parseHtml } from "./dom.js";
import { otherOutputs } from "./other-outputs.js";

const ARTIFACTS: ArtifactInfo[] = otherOutputs(FIXTURE_NAMES.map((name) => resolvedFixture(name)));
const SETUP = { site: TEST_SITE, artifacts: ARTIFACTS };

describeAdapter({
  adapter,
  artifacts: ARTIFACTS,
  snapshots: new URL("__snapshots__/", import.meta.url),
  snapshot: { page: "html" },
  // Index pages show titles only; they are checked in site.test.ts.
  select: (artifact) => artifact.role === "page",
  shows: { page: MARKER_KINDS },
  visibleText: (artifact) => htmlText(String(artifact.content)),
  languages: { kinds: ["page"], marks: (artifact) => htmlLanguages(String(artifact.content)) },
});

const serialize = (e: unknown) => serializeOuter(e as never);

function fieldPath(path: readonly (string | number)[]): string {
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`)).join("");
}

const page = (name: (typeof FIXTURE_NAMES)[number]) => renderDocumentPage(resolvedFixture(name), SETUP);

describe("the site adapter", () => {
  it("writes the indexes and a page per document at the document's address", async () => {
    const docs = FIXTURE_NAMES.map((name) => resolvedFixture(name));
    const { artifacts } = await renderWith(adapter, docs, { artifacts: ARTIFACTS });
    const indexes = artifacts.filter((a) => a.role === "index-page").map((a) => [a.path, a.locale]);
    expect(indexes).toEqual([
      ["site/index.html", "en"],
      ["site/be/index.html", "be"],
      ["site/en/index.html", "en"],
    ]);
    for (const doc of docs) {
      const own = artifacts.filter((a) => a.document === doc.id);
      expect(own.map((a) => [a.kind, a.role, a.locale])).toEqual([["page", "page", doc.locale]]);
      expect(`${TEST_SITE.baseUrl}${own[0]?.path.replace(/index\.html$/, "")}`).toBe(doc.url);
      const canonical = elements(parseHtml(String(own[0]?.content))).find((e) => attr(e, "rel") === "canonical");
      expect(canonical && attr(canonical, "href")).toBe(doc.url);
    }
  });

  it("puts the pages in the folder of pagesUrl, at each document's address", async () => {
    const site = { ...TEST_SITE, pagesUrl: `${TEST_SITE.baseUrl}archive/pages` };
    const doc = resolvedFixture("full-brief", site);
    const { artifacts } = await renderWith(adapter, [doc], { site });
    expect(artifacts.map((a) => a.path)).toEqual([
      "archive/pages/index.html",
      "archive/pages/en/index.html",
      "archive/pages/briefs/2030-01/index.html",
    ]);
    expect(doc.url).toBe(`${TEST_SITE.baseUrl}archive/pages/briefs/2030-01/`);
    const atRoot = { ...TEST_SITE, pagesUrl: TEST_SITE.baseUrl };
    const rooted = await renderWith(adapter, [resolvedFixture("minimal", atRoot)], { site: atRoot });
    expect(rooted.artifacts.map((a) => a.path)).toEqual(["index.html", "en/index.html", "news/minimal/index.html"]);
  });

  it("rejects a pagesUrl outside baseUrl, and documents resolved for other pages", async () => {
    const site = { ...TEST_SITE, pagesUrl: "https://elsewhere.example.org/site/" };
    await expect(renderWith(adapter, [resolvedFixture("minimal", site)], { site })).rejects.toThrow(
      /^\[@belarusbrief\/web\] pagesUrl https:\/\/elsewhere\.example\.org\/site\/ is not a folder under baseUrl https:\/\/belarus\.example\.org\/; set pagesUrl/,
    );
    await expect(
      renderWith(adapter, [resolvedFixture("minimal")], {
        site: { ...TEST_SITE, pagesUrl: `${TEST_SITE.baseUrl}web/` },
      }),
    ).rejects.toThrow(
      /^\[@belarusbrief\/web\] document "minimal" has its page at https:\/\/belarus\.example\.org\/site\/news\/minimal\/, outside pagesUrl/,
    );
  });

  it("rejects unknown options and an unknown language in its schema", () => {
    expect(adapter.options.safeParse({ locale: "de" }).success).toBe(false);
    expect(adapter.options.safeParse({ sitePath: "web/" }).success).toBe(false);
    expect(adapter.options.parse({})).toEqual({ locale: "en" });
  });
});

describe("links to other outputs, found by role", () => {
  it("takes the og-image of the document, not another card of the same width", () => {
    const els = elements(parseHtml(page("full-brief")));
    const meta = (key: string) =>
      els.find((e) => e.tagName === "meta" && (attr(e, "property") === key || attr(e, "name") === key));
    expect(attr(meta("og:image") as never, "content")).toBe(`${TEST_SITE.baseUrl}cards/2030-01/cover-og.png`);
    expect(attr(meta("og:image:height") as never, "content")).toBe("630");
    expect(attr(meta("og:image:alt") as never, "content")).toBe("Cover: BelarusBrief");
    const bare = elements(parseHtml(renderDocumentPage(resolvedFixture("full-brief"), { site: TEST_SITE })));
    expect(bare.filter((e) => attr(e, "property")?.startsWith("og:image"))).toEqual([]);
    expect(attr(bare.find((e) => attr(e, "name") === "twitter:card") as never, "content")).toBe("summary");
  });

  it("names news and publication feeds by role, whatever their paths", () => {
    const els = elements(parseHtml(page("minimal")));
    const feeds = els.filter((e) => e.tagName === "link" && attr(e, "type")?.includes("+"));
    expect(feeds.map((e) => [attr(e, "type"), attr(e, "hreflang"), attr(e, "title"), attr(e, "href")])).toContainEqual([
      "application/rss+xml",
      "en",
      "BelarusBrief: News (en) — RSS",
      "../../../feeds/en/rss-b.rss.xml",
    ]);
    expect(feeds.map((e) => attr(e, "title"))).toContain("BelarusBrief: Публікацыі (be) — JSON Feed");
  });

  it("links each upcoming date to the document's .ics, Google and Outlook, and past dates to nothing", () => {
    // The brief dated after its one-off events, so that some are past and the yearly ones are next year's.
    const brief = loadFixture("full-brief");
    const later = resolveLoaded({ ...brief, document: { ...brief.document, date: "2031-12-31" } });
    const docs = [...FIXTURE_NAMES.map((name) => resolvedFixture(name)), later];
    const events = docs.flatMap((doc) => doc.all.events);
    expect(events.filter((e) => e.upcoming).length).toBeGreaterThan(0);
    expect(events.filter((e) => !e.upcoming).length).toBeGreaterThan(0);
    for (const doc of docs) {
      const els = elements(parseHtml(renderDocumentPage(doc, SETUP)));
      const hrefs = els.map((e) => attr(e, "href") ?? "");
      const ics = `../../../calendar/${doc.id}.ics`;
      expect(hrefs.filter((h) => h === ics)).toHaveLength(doc.all.events.filter((e) => e.upcoming).length);
      for (const e of doc.all.events) {
        expect(hrefs.includes(e.calendar?.google ?? "none"), `${doc.id} ${e.id}`).toBe(e.upcoming);
      }
      const footer = els.find((e) => e.tagName === "footer");
      expect(elements(footer as never).map((e) => attr(e, "href"))).toContain("../../../calendar/upcoming.ics");
    }
  });
});

describe("every fact as the view decided it", () => {
  const text = (name: (typeof FIXTURE_NAMES)[number]) => normalizeText(htmlText(page(name)));

  it("prints each event at its occurrence, with the occurrence date in <time datetime>", () => {
    for (const name of FIXTURE_NAMES) {
      const doc = resolvedFixture(name);
      const times = elements(parseHtml(page(name))).filter((e) => e.tagName === "time");
      for (const e of doc.all.events) {
        expect(text(name)).toContain(normalizeText(e.when));
        expect(
          times.map((t) => attr(t, "datetime")),
          `${name} ${e.id}`,
        ).toContain(e.date);
      }
    }
  });

  it("prints item dates, statistic phrases with their as-of dates, report attendance and deadlines", () => {
    for (const name of FIXTURE_NAMES) {
      const doc = resolvedFixture(name);
      const visible = text(name);
      for (const s of doc.all.statistics) expect(visible).toContain(normalizeText(`${s.phrase} ${s.measure}`));
      for (const s of doc.all.statistics) expect(visible).toContain(normalizeText(s.asOf.phrase));
      for (const i of doc.all.items) if (i.date) expect(visible).toContain(i.date.text);
      for (const r of doc.all.reports) if (r.attendance) expect(visible).toContain(normalizeText(r.attendance.phrase));
      for (const a of doc.all.actions) if (a.deadline) expect(visible).toContain(normalizeText(a.deadline.phrase));
    }
    const attended = FIXTURE_NAMES.flatMap((n) => resolvedFixture(n).all.reports).filter((r) => r.attendance);
    expect(attended.length).toBeGreaterThan(0);
  });

  it("writes citations in the language of their block, inside the block marked with that language", () => {
    let foreign = 0;
    for (const name of FIXTURE_NAMES) {
      const doc = resolvedFixture(name);
      const els = elements(parseHtml(page(name)));
      for (const block of [...doc.all.statistics, ...doc.all.items].filter((b) => b.lang && b.citation)) {
        foreign++;
        const marked = els
          .filter((e) => attr(e, "lang") === block.lang)
          .map((e) => normalizeText(htmlText(serialize(e))));
        expect(
          marked.some((t) => t.includes(phraseText(block.citation))),
          `${name} ${fieldPath(block.path)}`,
        ).toBe(true);
      }
    }
    expect(foreign).toBeGreaterThan(0);
  });

  it("shows every recommendation's addressee, in the intro when it names it", () => {
    for (const name of FIXTURE_NAMES) {
      const visible = text(name).toLowerCase();
      for (const r of resolvedFixture(name).sections.flatMap((s) => s.recommendations))
        expect(visible).toContain(r.addressee.toLowerCase());
    }
  });

  it("keeps the view's heading levels, one h1 and no skipped level", () => {
    for (const name of FIXTURE_NAMES) {
      const levels = elements(parseHtml(page(name)))
        .filter((e) => /^h[1-6]$/.test(e.tagName))
        .map((e) => Number(e.tagName[1]));
      expect(
        levels.filter((l) => l === 1),
        name,
      ).toHaveLength(1);
      levels.forEach((level, i) => {
        expect(level - (levels[i - 1] ?? 0), `${name} heading ${i}`).toBeLessThanOrEqual(1);
      });
    }
  });

  it("shortens the meta description of the view to 200 characters", () => {
    const doc: ResolvedDocument = { ...resolvedFixture("minimal"), description: "word ".repeat(100) };
    const els = elements(parseHtml(renderDocumentPage(doc, SETUP)));
    const description = attr(els.find((e) => attr(e, "name") === "description") as never, "content") ?? "";
    expect(description.endsWith("…")).toBe(true);
    expect([...description].length).toBeLessThanOrEqual(200);
  });
});

describe("pages", () => {
  it("neutralises hostile input: no script, no event handlers, no javascript: links", () => {
    const els = elements(parseHtml(page("hostile")));
    expect(els.filter((e) => ["script", "iframe", "svg", "img"].includes(e.tagName))).toEqual([]);
    expect(els.filter((e) => e.tagName === "style")).toHaveLength(1);
    expect(els.flatMap((e) => e.attrs).filter((a) => a.name.startsWith("on"))).toEqual([]);
    const hrefs = els.map((e) => attr(e, "href")).filter((h): h is string => h !== undefined);
    expect(hrefs.filter((h) => /^\s*javascript:/i.test(h))).toEqual([]);
    expect(hrefs).toContain("https://example.org/?a=1&b=%3C2%3E");
  });

  it("marks blocks in another language with lang and dir", () => {
    const els = elements(parseHtml(page("belarusian")));
    expect(attr(els[0] as never, "lang")).toBe("be");
    const langs = els.filter((e) => attr(e, "lang")).map((e) => [e.tagName, attr(e, "lang"), attr(e, "dir")]);
    expect(langs).toContainEqual(["section", "be-Latn", "ltr"]);
    expect(langs).toContainEqual(["section", "en", "ltr"]);
    expect(langs).toContainEqual(["li", "ru", "ltr"]);
  });

  it("shows each postal address as an address element in its language, one envelope line per line", () => {
    const addresses = resolvedFixture("full-brief").all.actions.flatMap((a) => a.addresses);
    expect(addresses.length).toBeGreaterThan(1);
    expect(htmlAddresses(page("full-brief"))).toEqual(addresses.map((a) => ({ lang: a.locale, lines: a.lines })));
  });

  it("rejects bad options with a message that says how to fix them", () => {
    expect(() => renderDocumentPage(resolvedFixture("minimal"), { options: { locale: "de" as never } })).toThrow(
      /^\[@belarusbrief\/web\] fix the options: locale: /,
    );
  });
});

describe("indexes", () => {
  const docs = ["minimal", "full-brief", "full-news-item", "full-appeal", "belarusian"] as const;
  const resolved = () => docs.map((name) => resolvedFixture(name));
  it("lists publications by month, newest first, then news", () => {
    const els = elements(parseHtml(renderIndex(resolved(), SETUP)));
    const publications = els.find((e) => e.tagName === "section" && attr(e, "aria-labelledby") === "publications");
    const inside = elements(publications as never);
    expect(
      inside.filter((e) => e.tagName === "time" && e.parentNode?.nodeName === "h3").map((e) => attr(e, "datetime")),
    ).toEqual(["2030-06", "2030-03", "2030-01"]);
    const links = inside.filter((e) => e.tagName === "a").map((e) => attr(e, "href"));
    expect(links).toEqual([
      "appeals/2030-06-appeal/index.html",
      "briefs/2030-03-be/index.html",
      "briefs/2030-01/index.html",
    ]);
    const news = elements(els.find((e) => attr(e, "aria-labelledby") === "news") as never);
    expect(news.filter((e) => e.tagName === "a").map((e) => attr(e, "href"))).toEqual([
      "news/2030-02-04-comedian-labelled-terrorist/index.html",
      "news/minimal/index.html",
    ]);
  });
  it("keeps a language's index to that language, in its words", () => {
    const html = renderLocaleIndex(resolved(), "be", SETUP);
    const els = elements(parseHtml(html));
    expect(attr(els[0] as never, "lang")).toBe("be");
    expect(
      els.filter((e) => e.tagName === "a" && attr(e, "href")?.endsWith("index.html")).map((e) => attr(e, "href")),
    ).toEqual([
      "../index.html",
      "index.html",
      "../en/index.html",
      "../appeals/2030-06-appeal/index.html",
      "../briefs/2030-03-be/index.html",
    ]);
    expect(htmlText(html)).toContain("Публікацыі");
  });
});
