// biome-ignore-all lint/suspicious/noExplicitAny: parsed XML and JSON are untyped
import { readFileSync } from "node:fs";
import { mdastText, normalizeText } from "@belarusbrief/testkit";
import { Ajv } from "ajv";
import addFormats from "ajv-formats";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import ICAL from "ical.js";
import { simpleParser } from "mailparser";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { gfm } from "micromark-extension-gfm";
import { parseDocument as parseYamlDocument } from "yaml";
import { attr, commentsOf, type Element, elementsOf, parseHtml, parseHtmlFragment, visibleText } from "./html.js";
import { memo } from "./memo.js";

/** Which elements and attributes an HTML output may contain, and which link schemes. */
export interface HtmlPolicy {
  elements: ReadonlySet<string>;
  attributes: ReadonlySet<string>;
  /** Exact `href` values allowed besides URLs, e.g. a sending service's merge tags. */
  literalLinks?: ReadonlySet<string>;
  /** `<meta http-equiv>` values allowed. */
  httpEquiv?: ReadonlySet<string>;
  /** `<link rel>` values allowed (none of them fetched by a browser on its own). */
  linkRel?: ReadonlySet<string>;
}

const set = (words: string) => new Set(words.split(/\s+/).filter(Boolean));

/** Text formatting that Markdown bodies and the layouts use. */
const TEXT_ELEMENTS =
  "a abbr address b blockquote br cite code del div em h1 h2 h3 h4 h5 h6 hr i li ol p pre s span strong sub sup table tbody td th thead tr ul";

/** Email: tables, inline styles, Outlook namespaces; no images without assetBaseUrl, no forms, no scripts. */
export const EMAIL_POLICY: HtmlPolicy = {
  elements: set(`html head body meta title style center ${TEXT_ELEMENTS}`),
  attributes: set(
    "class style dir lang role aria-label aria-hidden aria-roledescription href hreflang title width height border cellpadding cellspacing align valign bgcolor charset content name xmlns:o xmlns:v id",
  ),
  literalLinks: set("*|UNSUB|* *|ARCHIVE|*"),
  httpEquiv: set(""),
};

/** A web page: semantic elements, a CSP meta, canonical and feed links only. */
export const PAGE_POLICY: HtmlPolicy = {
  elements: set(
    `html head body meta title style link header footer main nav article section aside figure figcaption time data details summary ${TEXT_ELEMENTS}`,
  ),
  attributes: set(
    "class dir lang id href hreflang rel type title datetime value aria-label aria-labelledby aria-current charset content name property http-equiv",
  ),
  httpEquiv: set("content-security-policy"),
  linkRel: set("canonical alternate"),
};

/** HTML inside feed entries: text formatting and links only. */
export const FEED_HTML_POLICY: HtmlPolicy = {
  elements: set(`${TEXT_ELEMENTS} time`),
  attributes: set("href hreflang lang dir datetime title"),
};

const OUTLOOK_ELEMENTS = set("noscript xml o:officedocumentsettings o:pixelsperinch v:roundrect w:anchorlock");
const OUTLOOK_ATTRIBUTES = set("xmlns:w arcsize strokecolor fillcolor stroke fill");
const LINK_SCHEMES = new Set(["https", "http", "mailto"]);
const URL_ATTRIBUTES = new Set([
  "href",
  "src",
  "action",
  "formaction",
  "poster",
  "background",
  "cite",
  "srcset",
  "xlink:href",
  "data",
]);
const CSS_DANGER = /url\s*\(|expression\s*\(|@import|javascript:|behavior\s*:|-moz-binding|image-set\s*\(|src\s*\(/i;

/** Every way `html` (a whole document) breaks `policy`, or HTML syntax; empty when it is clean. */
export function htmlProblems(html: string, policy: HtmlPolicy, fragment = false): string[] {
  const { root, errors } = fragment ? parseHtmlFragment(html) : parseHtml(html);
  const problems = errors.map((e) => `parse error ${e}`);
  for (const el of elementsOf(root)) problems.push(...elementProblems(el, policy));
  // Outlook renders markup inside conditional comments, so it obeys the same policy plus Outlook's own elements.
  const outlook: HtmlPolicy = {
    ...policy,
    elements: new Set([...policy.elements, ...OUTLOOK_ELEMENTS]),
    attributes: new Set([...policy.attributes, ...OUTLOOK_ATTRIBUTES]),
  };
  for (const comment of commentsOf(root)) {
    const inner = /^\[if [^\]]*\]>([\s\S]*)<!\[endif\]$/.exec(comment)?.[1];
    if (inner === undefined) continue;
    for (const el of elementsOf(parseHtmlFragment(inner).root))
      problems.push(...elementProblems(el, outlook).map((p) => `in <!--[if mso]>: ${p}`));
  }
  for (const style of elementsOf(root).filter((e) => e.tagName === "style")) {
    const css = style.childNodes.map((n) => ("value" in n ? n.value : "")).join("");
    if (CSS_DANGER.test(css)) problems.push(`<style> holds ${CSS_DANGER.exec(css)?.[0]}`);
  }
  return problems;
}

function elementProblems(el: Element, policy: HtmlPolicy): string[] {
  const out: string[] = [];
  if (!policy.elements.has(el.tagName)) out.push(`element <${el.tagName}>`);
  for (const { name, value } of el.attrs) {
    if (!policy.attributes.has(name)) out.push(`attribute ${name} on <${el.tagName}>`);
    if (URL_ATTRIBUTES.has(name) && !policy.literalLinks?.has(value)) {
      const scheme = schemeOf(value);
      if (scheme !== undefined && !LINK_SCHEMES.has(scheme))
        out.push(`${name}="${value}" on <${el.tagName}> (scheme ${scheme}:)`);
    }
    if (name === "style" && CSS_DANGER.test(value)) out.push(`style="${value}" on <${el.tagName}>`);
  }
  const equiv = attr(el, "http-equiv");
  if (equiv !== undefined && !policy.httpEquiv?.has(equiv.toLowerCase())) out.push(`<meta http-equiv="${equiv}">`);
  const rel = el.tagName === "link" ? attr(el, "rel") : undefined;
  if (rel !== undefined && !rel.split(/\s+/).every((r) => policy.linkRel?.has(r.toLowerCase())))
    out.push(`<link rel="${rel}">`);
  return out;
}

/** The scheme a browser would see (controls and white space removed, lower case), or undefined for a relative URL. */
export function schemeOf(url: string): string | undefined {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: browsers ignore these before the scheme
  const compact = url.replace(/[\u0000-\u0020\u007f]/g, "").toLowerCase();
  return /^([a-z][a-z0-9+.-]*):/.exec(compact)?.[1];
}

/** What a reader sees of an HTML document or fragment. */
export function htmlText(html: string, fragment = false): string {
  return normalizeText(visibleText((fragment ? parseHtmlFragment(html) : parseHtml(html)).root));
}

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  // Numeric character references (&#39;) are XML; fast-xml-parser decodes them only with this option.
  htmlEntities: true,
  isArray: (name) => ["entry", "item", "category", "link", "atom:link", "author"].includes(name),
});

const RSS_NAMES = set(
  "rss channel title link description item guid pubDate category content:encoded dc:creator dc:language docs generator language lastBuildDate atom:link author copyright ttl image url",
);
const ATOM_NAMES = set(
  "feed id title subtitle updated generator author name uri email link entry summary content published category rights contributor icon logo",
);
const XML_ATTRIBUTES = set(
  "@version @encoding @xmlns @xmlns:atom @xmlns:content @xmlns:dc @href @rel @type @isPermaLink @term @label @scheme @xml:lang @hreflang @title @uri",
);

/** Problems of a feed: XML syntax (fast-xml-parser's validator), names outside the format's allow-list. */
export function xmlFeedProblems(text: string, format: "rss" | "atom"): { problems: string[]; parsed: any } {
  return (format === "rss" ? rssProblems : atomProblems)(text);
}

const rssProblems = memo((text: string) => feedXmlProblems(text, "rss"));
const atomProblems = memo((text: string) => feedXmlProblems(text, "atom"));

function feedXmlProblems(text: string, format: "rss" | "atom"): { problems: string[]; parsed: any } {
  // fast-xml-parser's validator does not check characters; XML 1.0 allows only these (section 2.2).
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the characters XML forbids
  const bad = /[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u.exec(text);
  if (bad)
    return {
      problems: [
        `XML holds U+${bad[0].codePointAt(0)?.toString(16).toUpperCase().padStart(4, "0")}, not allowed in XML`,
      ],
      parsed: xml.parse(text),
    };
  const valid = XMLValidator.validate(text, { allowBooleanAttributes: false });
  if (valid !== true)
    return {
      problems: [`XML: ${valid.err.code} ${valid.err.msg} at ${valid.err.line}:${valid.err.col}`],
      parsed: undefined,
    };
  if (/<!DOCTYPE|<!ENTITY/i.test(text.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, "")))
    return { problems: ["XML has a DOCTYPE"], parsed: undefined };
  const parsed = xml.parse(text);
  const names = format === "rss" ? RSS_NAMES : ATOM_NAMES;
  const problems: string[] = [];
  const walk = (value: any) => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (!value || typeof value !== "object") return;
    for (const [key, child] of Object.entries(value)) {
      if (key === "?xml" || key === "#text") continue;
      if (key.startsWith("@")) {
        if (!XML_ATTRIBUTES.has(key)) problems.push(`attribute ${key}`);
        if (key === "@href" && schemeOf(String(child)) !== "https" && schemeOf(String(child)) !== "http")
          problems.push(`href ${child}`);
        continue;
      }
      if (!names.has(key)) problems.push(`element <${key}>`);
      walk(child);
    }
  };
  walk(parsed);
  problems.push(...undeclaredPrefixes(parsed));
  return { problems, parsed };
}

// Namespaces in XML 1.0: a prefixed name needs its prefix declared (xmlns:dc) on an ancestor;
// fast-xml-parser does not check it, xmllint and feed readers do.
function undeclaredPrefixes(parsed: any): string[] {
  const problems = new Set<string>();
  const walk = (value: any, declared: ReadonlySet<string>) => {
    if (Array.isArray(value)) {
      for (const v of value) walk(v, declared);
      return;
    }
    if (!value || typeof value !== "object") return;
    const here = new Set(declared);
    for (const key of Object.keys(value)) if (key.startsWith("@xmlns:")) here.add(key.slice(7));
    for (const [key, child] of Object.entries(value)) {
      const name = key.replace(/^@/, "");
      const prefix = /^([^:]+):/.exec(name)?.[1];
      if (prefix && prefix !== "xmlns" && prefix !== "xml" && !here.has(prefix))
        problems.add(`namespace prefix ${prefix} of <${name}> is not declared`);
      if (!key.startsWith("@")) walk(child, here);
    }
  };
  walk(parsed, new Set());
  return [...problems];
}

/** Text of a fast-xml-parser value, with or without attributes. */
export function textOf(value: unknown): string {
  if (typeof value === "string") return value;
  if (value && typeof value === "object" && "#text" in value) return String((value as { "#text": unknown })["#text"]);
  return "";
}

const ajv = new Ajv({ strict: false, allErrors: true });
(addFormats as unknown as (a: Ajv) => void)(ajv);
const jsonFeedSchema = JSON.parse(
  readFileSync(new URL("../../../packages/feeds/test/checks/jsonfeed-1.1.schema.json", import.meta.url), "utf8"),
);
const validateJsonFeed = ajv.compile(jsonFeedSchema);
const JSON_ITEM_KEYS = set(
  "id url external_url title content_html content_text summary image banner_image date_published date_modified authors tags language attachments",
);
const JSON_URL_KEYS = [
  "url",
  "external_url",
  "home_page_url",
  "feed_url",
  "next_url",
  "icon",
  "favicon",
  "image",
  "banner_image",
  "avatar",
];

/** Problems of a JSON Feed: JSON syntax, the JSON Feed 1.1 schema, item keys and URL schemes. */
export const jsonFeedProblems = memo((text: string): { problems: string[]; parsed: any } => {
  let parsed: any;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { problems: [`JSON: ${(error as Error).message}`], parsed: undefined };
  }
  const problems = validateJsonFeed(parsed)
    ? []
    : (validateJsonFeed.errors ?? []).map((e) => `schema: ${e.instancePath} ${e.message}`);
  for (const item of parsed.items ?? [])
    for (const key of Object.keys(item)) if (!JSON_ITEM_KEYS.has(key)) problems.push(`item key ${key}`);
  // An author's `url` may be a mailto: address (JSON Feed 1.1); every other address is a web page.
  const walk = (value: any, parent: string) => {
    if (Array.isArray(value)) {
      for (const v of value) walk(v, parent);
      return;
    }
    if (!value || typeof value !== "object") return;
    for (const [key, child] of Object.entries(value)) {
      const schemes = parent === "authors" && key === "url" ? ["https", "http", "mailto"] : ["https", "http"];
      if (JSON_URL_KEYS.includes(key) && typeof child === "string" && !schemes.includes(schemeOf(child) ?? ""))
        problems.push(`${key}: ${child}`);
      walk(child, key);
    }
  };
  walk(parsed, "");
  return { problems, parsed };
});

const ICS_COMPONENTS = set("vcalendar vevent vtimezone standard daylight");
const ICS_PROPERTIES = set(
  "version prodid name x-wr-calname x-wr-caldesc method calscale uid sequence dtstamp dtstart dtend duration rrule summary location description url x-microsoft-cdo-alldayevent x-microsoft-msncalendar-alldayevent tzid tzname tzoffsetfrom tzoffsetto tzurl x-lic-location categories status transp last-modified created",
);

/** Problems of an iCalendar file: RFC 5545 lines (CRLF, ≤ 75 octets, no controls), ical.js parsing, allow-listed names. */
export const icsProblems = memo((text: string): { problems: string[]; calendar?: ICAL.Component } => {
  const problems: string[] = [];
  if (!text.endsWith("\r\n")) problems.push("does not end with CRLF");
  const lines = text.split("\r\n").slice(0, -1);
  lines.forEach((line, i) => {
    if (Buffer.byteLength(line) > 75) problems.push(`line ${i + 1} is ${Buffer.byteLength(line)} octets`);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: controls other than HTAB are forbidden (RFC 5545 3.1)
    if (/[\u0000-\u0008\u000a-\u001f\u007f]/.test(line)) problems.push(`line ${i + 1} holds a control character`);
  });
  let calendar: ICAL.Component;
  try {
    calendar = new ICAL.Component(ICAL.parse(text));
  } catch (error) {
    return { problems: [...problems, `ical.js: ${(error as Error).message}`] };
  }
  const walk = (c: ICAL.Component) => {
    if (!ICS_COMPONENTS.has(c.name)) problems.push(`component ${c.name}`);
    for (const p of c.getAllProperties()) {
      if (!ICS_PROPERTIES.has(p.name)) problems.push(`property ${p.name}`);
      if (p.name === "url" && !LINK_SCHEMES.has(schemeOf(String(p.getFirstValue())) ?? ""))
        problems.push(`URL ${p.getFirstValue()}`);
    }
    for (const child of c.getAllSubcomponents()) walk(child);
  };
  walk(calendar);
  return { problems, calendar };
});

/** The summary, location and description of every event, as a calendar shows them. */
export function icsText(calendar: ICAL.Component): string {
  return normalizeText(
    calendar
      .getAllSubcomponents("vevent")
      .flatMap((e) => ["summary", "location", "description"].map((n) => String(e.getFirstPropertyValue(n) ?? "")))
      .join(" "),
  );
}

export interface MdNode {
  type: string;
  url?: string;
  value?: string;
  alt?: string | null;
  children?: MdNode[];
}

/** A Markdown file split into its YAML front matter (parsed) and the Markdown after it. */
export interface MarkdownFile {
  /** The front matter as parsed by the `yaml` package; undefined when the file has none. */
  frontMatter: unknown;
  body: string;
  problems: string[];
}

/** Splits a Markdown file's `---` front matter from its body and parses the YAML, as a static-site generator does. */
export function splitMarkdownFile(text: string): MarkdownFile {
  const match = /^---\n([\s\S]*?\n)?---\n/.exec(text);
  if (!match) return { frontMatter: undefined, body: text, problems: [] };
  const yaml = parseYamlDocument(match[1] ?? "", { version: "1.2" });
  const problems = [...yaml.errors, ...yaml.warnings].map((e) => `front matter: ${e.message}`);
  const frontMatter = yaml.toJS();
  if (frontMatter === null || typeof frontMatter !== "object") problems.push("front matter is not a set of fields");
  return { frontMatter, body: text.slice(match[0].length), problems };
}

/** Parses Markdown as GitHub does (CommonMark with GFM), with micromark. */
export function parseMarkdownTree(text: string): MdNode {
  return fromMarkdown(text, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] }) as MdNode;
}

/**
 * Problems of a Markdown file: front matter that is not YAML, raw HTML, images, or links with a
 * scheme other than https, http, mailto in the body.
 */
export const markdownProblems = memo((text: string): { problems: string[]; tree: MdNode; file: MarkdownFile } => {
  const file = splitMarkdownFile(text);
  const tree = parseMarkdownTree(file.body);
  const problems = [...file.problems];
  const walk = (node: MdNode) => {
    if (node.type === "html") problems.push(`raw HTML: ${node.value}`);
    if (node.type === "image" || node.type === "imageReference") problems.push(`image ${node.url ?? ""}`);
    // Bare addresses in the text become GFM autolink literals; only their scheme matters here.
    if ((node.type === "link" || node.type === "definition") && node.url !== undefined) {
      const scheme = schemeOf(node.url);
      if (scheme !== undefined && !LINK_SCHEMES.has(scheme)) problems.push(`link ${node.url}`);
    }
    node.children?.forEach(walk);
  };
  walk(tree);
  return { problems, tree, file };
});

/** Visible text of Markdown output. */
export function markdownText(tree: MdNode): string {
  return normalizeText(mdastText(tree as Parameters<typeof mdastText>[0]));
}

/** A `.eml` as mailparser reads it (the headers, subject, text and HTML a mail program shows). */
export const parseMail = memo((eml: string) => simpleParser(eml));
