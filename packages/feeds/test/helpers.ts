// biome-ignore-all lint/suspicious/noExplicitAny: parsed XML is untyped
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { XMLParser } from "fast-xml-parser";
import { Parser } from "htmlparser2";

/** Options used throughout the tests. */
export const OPTIONS = {
  baseUrl: "https://belarus.example.org/",
  title: "BelarusBrief",
  author: { name: "BelarusBrief team", email: "team@belarus.example.org", url: "https://belarus.example.org/about/" },
} as const;

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  parseTagValue: false,
  parseAttributeValue: false,
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

const BLOCKS = new Set([
  "p",
  "li",
  "ul",
  "ol",
  "h2",
  "h3",
  "h4",
  "blockquote",
  "div",
  "br",
  "hr",
  "pre",
  "table",
  "tr",
  "td",
  "th",
]);

/** What a reader sees of an HTML fragment, parsed by htmlparser2; blocks separated by spaces. */
export function htmlText(html: string): string {
  const out: string[] = [];
  const parser = new Parser(
    {
      ontext: (text) => out.push(text),
      onopentag: (name) => BLOCKS.has(name) && out.push(" "),
      onclosetag: (name) => BLOCKS.has(name) && out.push(" "),
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return out.join("");
}

/** Elements and attributes of an HTML fragment, parsed by htmlparser2. */
export function htmlElements(html: string): { name: string; attribs: Record<string, string> }[] {
  const out: { name: string; attribs: Record<string, string> }[] = [];
  const parser = new Parser({ onopentag: (name, attribs) => out.push({ name, attribs }) }, { decodeEntities: true });
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
