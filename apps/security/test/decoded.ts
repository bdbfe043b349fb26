import { type Artifact, cleanText } from "@belarusbrief/core";
import { XMLParser } from "fast-xml-parser";
import ICAL from "ical.js";
import { type MdNode, markdownProblems, parseMail } from "./checks.js";
import { htmlStrings, parseHtml, parseHtmlFragment } from "./html.js";

// Character references decoded too (`htmlEntities`): a reference to a character the cleaner
// removes is that character to every reader of the feed.
const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  htmlEntities: true,
});

/** Elements of RSS and Atom whose text is HTML that a feed reader parses again. */
const FEED_HTML = new Set(["description", "content:encoded", "summary", "content", "subtitle"]);

/**
 * Every string a reader's program gets out of an artifact, decoded by a real parser of its format:
 * HTML text, comments and attribute values (parse5), feed texts and the HTML inside them (an XML
 * parser that decodes character references, then parse5), every JSON string, every iCalendar value
 * and parameter (ical.js), Markdown text, addresses and front matter (micromark, yaml), the subject,
 * text and HTML of an `.eml` (mailparser), and an image's alt text.
 */
export async function decodedStrings(artifact: Artifact): Promise<string[]> {
  const alt = artifact.alt === undefined ? [] : [artifact.alt];
  if (typeof artifact.content !== "string") return alt;
  const text = artifact.content;
  switch (artifact.kind) {
    case "markdown":
      return [...alt, ...markdownStrings(text)];
    case "email-html":
    case "page":
      return [...alt, ...htmlStrings(parseHtml(text).root)];
    case "rss":
    case "atom":
      return [...alt, ...xmlStrings(xml.parse(text))];
    case "json-feed":
      return [...alt, ...jsonStrings(JSON.parse(text), "content_html")];
    case "ics":
      return [...alt, ...jsonStrings(ICAL.parse(text))];
    case "eml": {
      const mail = await parseMail(text);
      const html = typeof mail.html === "string" ? htmlStrings(parseHtml(mail.html).root) : [];
      const addresses = [mail.from, mail.to].flatMap((a) => (a && !Array.isArray(a) ? [a.text] : []));
      return [...alt, mail.subject ?? "", mail.text ?? "", ...addresses, ...html];
    }
    case "post":
      if (artifact.path.endsWith(".html")) return [...alt, ...htmlStrings(parseHtmlFragment(text).root)];
      if (artifact.path.endsWith(".json")) return [...alt, ...jsonStrings(JSON.parse(text))];
      return [...alt, text];
    default:
      return [...alt, text];
  }
}

/** The characters {@link cleanText} would remove from `strings`, line breaks normalised first, e.g. `U+202E in "…"`. */
export function uncleanIn(strings: readonly string[]): string[] {
  const out: string[] = [];
  for (const raw of strings) {
    const text = raw.replace(/\r\n/g, "\n");
    if (cleanText(text) === text) continue;
    const kept = new Set(cleanText(text));
    const removed = [...new Set([...text].filter((c) => !kept.has(c) || c === "\r"))];
    const codes = removed.map((c) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`);
    out.push(`${codes.join(" ")} in ${JSON.stringify(text.slice(0, 80))}`);
  }
  return out;
}

/** Every string of a value (object keys too); the values of `htmlKey` are parsed as HTML as well. */
export function jsonStrings(value: unknown, htmlKey?: string): string[] {
  const out: string[] = [];
  const walk = (v: unknown, key: string | undefined) => {
    if (typeof v === "string") {
      out.push(v);
      if (key !== undefined && key === htmlKey) out.push(...htmlStrings(parseHtmlFragment(v).root));
    } else if (Array.isArray(v)) for (const item of v) walk(item, key);
    else if (v && typeof v === "object")
      for (const [k, child] of Object.entries(v)) {
        out.push(k);
        walk(child, k);
      }
  };
  walk(value, undefined);
  return out;
}

function xmlStrings(value: unknown): string[] {
  const out: string[] = [];
  const walk = (v: unknown, key: string) => {
    if (typeof v === "string") {
      out.push(v);
      const html = FEED_HTML.has(key);
      if (html) out.push(...htmlStrings(parseHtmlFragment(v).root));
    } else if (Array.isArray(v)) for (const item of v) walk(item, key);
    else if (v && typeof v === "object") {
      const record = v as Record<string, unknown>;
      // An Atom text construct is HTML only with type="html" (or xhtml); its text is in #text.
      const type = typeof record["@type"] === "string" ? record["@type"] : undefined;
      for (const [k, child] of Object.entries(record)) {
        if (k === "#text") walk(child, type === "text" ? "#text" : key);
        else walk(child, k);
      }
    }
  };
  walk(value, "");
  return out;
}

function markdownStrings(text: string): string[] {
  const { tree, file } = markdownProblems(text);
  const out = jsonStrings(file.frontMatter);
  const walk = (node: MdNode) => {
    for (const part of [node.value, node.url, node.alt, (node as { title?: string | null }).title])
      if (typeof part === "string") out.push(part);
    node.children?.forEach(walk);
  };
  walk(tree);
  return out;
}
