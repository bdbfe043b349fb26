// biome-ignore-all lint/suspicious/noExplicitAny: parsed XML is untyped
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Document, type DocumentInput, type ResolvedDocument, resolve, Site } from "@belarusbrief/core";
import { FIXTURE_NAMES, htmlText, loadSeeds, resolvedFixture, resolveLoaded, TEST_SITE } from "@belarusbrief/testkit";
import { XMLParser } from "fast-xml-parser";
import { Parser } from "htmlparser2";

/** The site the tests render for: the testkit's, with an author who has an email address. */
export const SITE = Site.parse({
  ...TEST_SITE,
  author: { name: "BelarusBrief team", email: "team@belarus.example.org", url: "https://belarus.example.org/about/" },
});

/** A document input validated by the model and resolved for {@link SITE}, as a build resolves it. */
export function resolved(input: DocumentInput): ResolvedDocument {
  return resolve(Document.parse(input), { baseUrl: SITE.baseUrl, pagesUrl: SITE.pagesUrl });
}

/** Every fixture resolved for {@link SITE}. */
export function allFixtures(): ResolvedDocument[] {
  return FIXTURE_NAMES.map((name) => resolvedFixture(name, SITE));
}

/** The team's real documents resolved for {@link SITE}. */
export function allSeeds(): ResolvedDocument[] {
  return Object.values(loadSeeds()).map((loaded) => resolveLoaded(loaded, SITE));
}

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  parseTagValue: false,
  parseAttributeValue: false,
  // Without it fast-xml-parser leaves numeric character references (`&#39;`) undecoded, which XML
  // readers decode; xmllint checks that no HTML-only entity slips through.
  htmlEntities: true,
  isArray: (name) => ["entry", "item", "category", "link", "atom:link"].includes(name),
});

/** An XML document parsed by fast-xml-parser (attributes as `@name`, text as `#text`). */
export function parseXml(text: string): Record<string, any> {
  return xml.parse(text, true);
}

/** Text of an element value from fast-xml-parser, whether it has attributes or not. */
export function textOf(value: unknown): string {
  if (typeof value === "string") return value;
  if (value && typeof value === "object" && "#text" in value) return String((value as { "#text": unknown })["#text"]);
  return "";
}

/** One entry of a feed as a reader gets it: plain-text title and summary, and the content's HTML. */
export interface ParsedEntry {
  id: string;
  title: string;
  summary: string;
  html: string;
  language: string | undefined;
}

/**
 * The entries of an RSS, Atom or JSON Feed document, read with a real parser for the format
 * (fast-xml-parser, `JSON.parse`); summaries written as HTML are read as HTML.
 */
export function entriesOf(kind: string, content: string): ParsedEntry[] {
  if (kind === "json-feed")
    return JSON.parse(content).items.map((item: any) => ({
      id: item.id,
      title: item.title,
      summary: item.summary ?? "",
      html: item.content_html ?? "",
      language: item.language,
    }));
  if (kind === "atom")
    return (parseXml(content).feed.entry ?? []).map((entry: any) => ({
      id: textOf(entry.id),
      title: textOf(entry.title),
      summary: htmlText(textOf(entry.summary)),
      html: textOf(entry.content),
      language: entry["@xml:lang"],
    }));
  return (parseXml(content).rss.channel.item ?? []).map((item: any) => ({
    id: textOf(item.guid),
    title: textOf(item.title),
    summary: htmlText(textOf(item.description)),
    html: textOf(item["content:encoded"]),
    language: item["dc:language"],
  }));
}

/** What a feed reader shows of every entry: title, summary and the text of the content (parse5). */
export function feedText(kind: string, content: string): string {
  return entriesOf(kind, content)
    .map((entry) => [entry.title, entry.summary, htmlText(entry.html)].join("\n"))
    .join("\n");
}

/** Elements and attributes of an HTML fragment, parsed by htmlparser2. */
export function htmlElements(html: string): { name: string; attribs: Record<string, string> }[] {
  const out: { name: string; attribs: Record<string, string> }[] = [];
  const parser = new Parser({ onopentag: (name, attribs) => out.push({ name, attribs }) }, { decodeEntities: true });
  parser.write(html);
  parser.end();
  return out;
}

/** Each `address` element of an HTML fragment, parsed by htmlparser2: its `lang` and its lines between `br`s. */
export function addressesIn(html: string): { lang: string | undefined; lines: string[] }[] {
  const out: { lang: string | undefined; lines: string[] }[] = [];
  let current: { lang: string | undefined; lines: string[] } | undefined;
  const parser = new Parser(
    {
      onopentag: (name, attribs) => {
        if (name === "address") current = { lang: attribs.lang, lines: [""] };
        else if (name === "br" && current) current.lines.push("");
      },
      ontext: (text) => {
        if (current) current.lines[current.lines.length - 1] += text;
      },
      onclosetag: (name) => {
        if (name === "address" && current) out.push(current);
        if (name === "address") current = undefined;
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return out;
}

/** Writes `content` to a fresh temporary file and returns its path. */
export function tempFile(name: string, content: string): string {
  const path = join(mkdtempSync(join(tmpdir(), "bb-feeds-")), name);
  writeFileSync(path, content);
  return path;
}

const FEEDPARSER = `
import json, sys, feedparser
d = feedparser.parse(sys.argv[1])
print(json.dumps({
  "bozo": bool(d.bozo), "error": str(d.get("bozo_exception", "")), "version": d.version,
  "language": d.feed.get("language"), "title": d.feed.get("title"),
  "entries": [{"title": e.get("title"), "title_type": e.get("title_detail", {}).get("type"), "id": e.get("id"),
               "link": e.get("link"), "language": (e.get("title_detail") or {}).get("language"),
               "content": (e.get("content") or [{}])[0].get("value"), "tags": [t.get("term") for t in e.get("tags", [])],
               "published": e.get("published_parsed") and list(e.published_parsed)[:3]} for e in d.entries],
}))
`;

/** A feed as Debian's python3-feedparser reads it. */
export function feedparser(path: string): {
  bozo: boolean;
  error: string;
  version: string;
  language: string | null;
  title: string;
  entries: {
    title: string;
    title_type: string;
    id: string;
    link: string;
    language: string | null;
    content: string;
    tags: string[];
    published: number[];
  }[];
} {
  const run = spawnSync("/usr/bin/python3", ["-c", FEEDPARSER, path], { encoding: "utf8" });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout);
}
