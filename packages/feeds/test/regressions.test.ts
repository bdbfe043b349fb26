// biome-ignore-all lint/suspicious/noExplicitAny: parsed XML and JSON are untyped
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { type DocumentInput, type ResolvedDocument, resolve, Site } from "@belarusbrief/core";
import { fixture, hasTool, htmlText, resolvedFixture } from "@belarusbrief/testkit";
import Ajv from "ajv";
import addFormats from "ajv-formats";
import { XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { buildFeeds, renderAtom, renderJsonFeed, renderRss } from "../src/index.js";
import { allFixtures, entriesOf, parseXml, resolved, SITE, tempFile, textOf } from "./helpers.js";

// Regressions for bugs found by apps/security (known-issues.test.ts), each checked by a real parser.

const doc = (patch: Record<string, unknown>, base: "minimal" | "full-brief" = "minimal") =>
  resolved({ ...fixture(base), ...patch } as DocumentInput);

const ajv = new (Ajv as unknown as typeof Ajv.default)({ strict: false, allErrors: true });
(addFormats as unknown as typeof addFormats.default)(ajv);
const validateJsonFeed = ajv.compile(
  JSON.parse(readFileSync(new URL("checks/jsonfeed-1.1.schema.json", import.meta.url), "utf8")),
);
const isUri = ajv.compile({ type: "string", format: "uri" });

// Controls (but tab, LF, CR), noncharacters, lone surrogates, and the bidi controls and BOM core's
// cleaner removes: no output may carry any of them.
const BAD_TEXT = /(?![\t\n\r])[\p{Cc}\p{Noncharacter_Code_Point}\p{Cs}\u202a-\u202e\u2066-\u2069\ufeff]/u;
// Anything but XML 1.0 Char (section 2.2).
const NOT_XML_CHAR = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u;

/** Every string of a parsed JSON or XML value. */
function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (value && typeof value === "object") return Object.values(value).flatMap(strings);
  return [];
}

/** Problems of a JSON Feed: the JSON Feed 1.1 schema (with ajv-formats) and strings holding characters no output may carry. */
function jsonProblems(text: string): string[] {
  const value = JSON.parse(text);
  const problems = validateJsonFeed(value) ? [] : [ajv.errorsText(validateJsonFeed.errors)];
  for (const s of strings(value)) if (BAD_TEXT.test(s)) problems.push(`string ${JSON.stringify(s)}`);
  return problems;
}

/** Problems of RSS or Atom: characters XML forbids, fast-xml-parser's validator, and xmllint when installed. */
function xmlProblems(text: string): string[] {
  const problems: string[] = [];
  const bad = NOT_XML_CHAR.exec(text);
  if (bad) problems.push(`U+${bad[0].codePointAt(0)?.toString(16).toUpperCase()} is not an XML Char`);
  const valid = XMLValidator.validate(text);
  if (valid !== true) problems.push(`fast-xml-parser: ${valid.err.msg}`);
  if (hasTool("xmllint")) {
    const run = spawnSync("xmllint", ["--noout", tempFile("feed.xml", text)], { encoding: "utf8" });
    if (run.status !== 0) problems.push(`xmllint: ${run.stderr}`);
  }
  return problems;
}

/** Every text a reader gets from a feed, read with its format's parser: XML values and attributes, JSON strings, and the text of each entry's HTML. */
function parsedTexts(kind: string, content: string): string[] {
  const tree = kind === "json-feed" ? JSON.parse(content) : parseXml(content);
  return [...strings(tree), ...entriesOf(kind, content).map((entry) => htmlText(entry.html))];
}

describe("the right-to-left override (U+202E) and other bidi controls", () => {
  const evil = "\u202Eevil\u202C \u2067isolated\u2069";
  const hostile = () =>
    doc(
      {
        title: `Title ${evil}`,
        summary: `Summary ${evil}`,
        tagline: `Tagline ${evil}`,
        intro: `Intro ${evil} &#x202E;`,
        tags: [`tag ${evil}`],
        author: { name: `Author ${evil}`, url: "https://example.org/author" },
      },
      "full-brief",
    );

  it("are gone from RSS, Atom and JSON Feed, read with a parser for each format", () => {
    const feeds = buildFeeds([hostile()], { site: SITE });
    expect(new Set(feeds.map((f) => f.format))).toEqual(new Set(["rss", "atom", "json-feed"]));
    for (const feed of feeds) {
      const texts = parsedTexts(feed.format, feed.content);
      expect(
        texts.filter((t) => BAD_TEXT.test(t)),
        feed.path,
      ).toEqual([]);
      // The words around them are all there: only the characters went.
      const [entry] = entriesOf(feed.format, feed.content);
      expect(entry?.title, feed.path).toBe("Title evil isolated");
      expect(htmlText(entry?.html ?? ""), feed.path).toMatch(/Tagline evil isolated .*Intro evil isolated/);
    }
  });

  it("are gone from the hostile fixture's tagline, which kept U+202E before", () => {
    const feeds = buildFeeds([resolvedFixture("hostile", SITE)], { site: SITE });
    for (const feed of feeds) {
      expect(
        parsedTexts(feed.format, feed.content).filter((t) => t.includes("\u202E")),
        feed.path,
      ).toEqual([]);
      expect(htmlText(entriesOf(feed.format, feed.content)[0]?.html ?? ""), feed.path).toContain("evil");
    }
  });

  it("would be seen if a feed carried one (so the checks can fail)", () => {
    const atom = renderAtom([resolvedFixture("minimal", SITE)], { site: SITE }).replace(
      '<title type="text">Minimal',
      '<title type="text">Mini\u202Emal',
    );
    expect(parsedTexts("atom", atom).some((t) => BAD_TEXT.test(t))).toBe(true);
  });
});

describe("characters XML and JSON Feed cannot carry", () => {
  const hostileText = "a &#xFFFE; b &#x1; c &#xFDD0; d &#x85; e \u{1FFFF} f";
  // HTML decodes &#x85; as "…" (the Windows-1252 reading HTML5 prescribes), not as the C1 control.
  const kept = /a\s+b\s+c\s+d\s+…\s+e\s+f/;

  it("never reach RSS and Atom (xmllint, fast-xml-parser), text kept", () => {
    const d = doc({ intro: hostileText, title: "T\uFFFF\u0085itle" }, "full-brief");
    for (const render of [renderRss, renderAtom]) {
      const out = render([d], { site: SITE });
      expect(xmlProblems(out)).toEqual([]);
      expect(out).toMatch(kept);
    }
    expect(textOf(parseXml(renderAtom([d], { site: SITE })).feed.entry[0].title)).toBe("Title");
  });

  it("never reach JSON Feed strings, which stay valid", () => {
    const out = renderJsonFeed([doc({ intro: hostileText }, "full-brief")], { site: SITE });
    expect(jsonProblems(out)).toEqual([]);
    expect(htmlText(JSON.parse(out).items[0].content_html)).toMatch(kept);
  });
});

describe("URLs are RFC 3986 URIs (ajv-formats uri)", () => {
  it("percent-encodes an author URL with ] in JSON Feed and Atom", () => {
    const d = doc({ author: { name: "A", url: "https://example.org/a]b" } });
    const json = renderJsonFeed([d], { site: SITE });
    expect(jsonProblems(json)).toEqual([]);
    expect(JSON.parse(json).items[0].authors).toEqual([{ name: "A", url: "https://example.org/a%5Db" }]);
    expect(parseXml(renderAtom([d], { site: SITE })).feed.entry[0].author.uri).toBe("https://example.org/a%5Db");
  });

  it("percent-encodes page addresses and the site's address in every feed", () => {
    const site = Site.parse({
      ...SITE,
      baseUrl: "https://example.org/bb|[x]/",
      pagesUrl: "https://example.org/p a^g{e}/",
    });
    const docs: ResolvedDocument[] = allFixtures().map((d) =>
      resolve(d.document, { baseUrl: site.baseUrl, pagesUrl: site.pagesUrl }),
    );
    const publications = docs.filter((d) => d.kind !== "news-item");
    const json = JSON.parse(renderJsonFeed(publications, { site }));
    expect(jsonProblems(JSON.stringify(json))).toEqual([]);
    const urls = [json.home_page_url, json.feed_url, ...json.items.flatMap((i: any) => [i.id, i.url])];
    for (const url of urls) expect(isUri(url), url).toBe(true);
    expect(json.items[0].url).toMatch(/^https:\/\/example\.org\/p%20a%5Eg%7Be%7D\//);
    expect(json.feed_url).toMatch(/^https:\/\/example\.org\/bb%7C%5Bx%5D\/feeds\//);
    const atom = parseXml(renderAtom(publications, { site })).feed;
    const atomUrls = [atom.id, ...atom.link.map((l: any) => l["@href"]), ...atom.entry.map((e: any) => e.id)];
    for (const url of atomUrls) expect(isUri(url), url).toBe(true);
    expect(xmlProblems(renderRss(publications, { site }))).toEqual([]);
  });
});

describe("namespaces of RSS", () => {
  const DC = "http://purl.org/dc/elements/1.1/";
  // A document of only a title: no entry has content, so `feed` writes no content:encoded.
  const titleOnly = resolved({ kind: "press-release", id: "a", locale: "en", title: "a", date: "2030-01-01" });

  it("declares xmlns:dc when no entry has content, as dc:creator and dc:language need", () => {
    const rss = parseXml(renderRss([titleOnly]));
    const item = rss.rss.channel.item[0];
    expect(item["content:encoded"]).toBeUndefined();
    expect(item["dc:language"]).toBe("en");
    expect(item["dc:creator"]).toBeTruthy();
    expect(rss.rss["@xmlns:dc"]).toBe(DC);
  });

  it("declares xmlns:dc once when entries have content", () => {
    const out = renderRss([resolvedFixture("full-brief")], { site: SITE });
    expect(out.match(/xmlns:dc=/g)).toHaveLength(1);
    expect(parseXml(out).rss["@xmlns:dc"]).toBe(DC);
  });

  it("leaves no prefix undeclared for xmllint", () => {
    if (!hasTool("xmllint")) return;
    const run = spawnSync("xmllint", ["--noout", tempFile("feed.xml", renderRss([titleOnly]))], { encoding: "utf8" });
    expect(run.stderr).not.toMatch(/namespace error/);
  });
});
