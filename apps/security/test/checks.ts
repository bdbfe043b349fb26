// biome-ignore-all lint/suspicious/noExplicitAny: parsed XML and JSON are untyped
import { readFileSync } from "node:fs";
import { mdastText, normalizeText } from "@belarusbrief/testkit";
import { Ajv } from "ajv";
import addFormats from "ajv-formats";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import ICAL from "ical.js";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { gfm } from "micromark-extension-gfm";
import { attr, commentsOf, type Element, elementsOf, parseHtml, parseHtmlFragment, visibleText } from "./html.js";

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
  "a abbr b blockquote br cite code del div em h1 h2 h3 h4 h5 h6 hr i li ol p pre s span strong sub sup table tbody td th thead tr ul";

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
  return { problems, parsed };
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
export function jsonFeedProblems(text: string): { problems: string[]; parsed: any } {
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
  const walk = (value: any) => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (!value || typeof value !== "object") return;
    for (const [key, child] of Object.entries(value)) {
      if (
        JSON_URL_KEYS.includes(key) &&
        typeof child === "string" &&
        !["https", "http"].includes(schemeOf(child) ?? "")
      )
        problems.push(`${key}: ${child}`);
      walk(child);
    }
  };
  walk(parsed);
  return { problems, parsed };
}

const ICS_COMPONENTS = set("vcalendar vevent vtimezone standard daylight");
const ICS_PROPERTIES = set(
  "version prodid name x-wr-calname x-wr-caldesc method calscale uid sequence dtstamp dtstart dtend duration rrule summary location description url x-microsoft-cdo-alldayevent x-microsoft-msncalendar-alldayevent tzid tzname tzoffsetfrom tzoffsetto tzurl x-lic-location categories status transp last-modified created",
);

/** Problems of an iCalendar file: RFC 5545 lines (CRLF, ≤ 75 octets, no controls), ical.js parsing, allow-listed names. */
export function icsProblems(text: string): { problems: string[]; calendar?: ICAL.Component } {
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
      if (p.name === "url" && !["https", "http"].includes(schemeOf(String(p.getFirstValue())) ?? ""))
        problems.push(`URL ${p.getFirstValue()}`);
    }
    for (const child of c.getAllSubcomponents()) walk(child);
  };
  walk(calendar);
  return { problems, calendar };
}

/** The summary, location and description of every event, as a calendar shows them. */
export function icsText(calendar: ICAL.Component): string {
  return normalizeText(
    calendar
      .getAllSubcomponents("vevent")
      .flatMap((e) => ["summary", "location", "description"].map((n) => String(e.getFirstPropertyValue(n) ?? "")))
      .join(" "),
  );
}

interface MdNode {
  type: string;
  url?: string;
  children?: MdNode[];
}

/** Problems of Markdown output: raw HTML, images, or links with a scheme other than https, http, mailto. */
export function markdownProblems(text: string): { problems: string[]; tree: MdNode } {
  const tree = fromMarkdown(text, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] }) as MdNode;
  const problems: string[] = [];
  const walk = (node: MdNode) => {
    if (node.type === "html") problems.push(`raw HTML: ${(node as { value?: string }).value}`);
    if (node.type === "image" || node.type === "imageReference") problems.push(`image ${node.url ?? ""}`);
    // Bare addresses in the text become GFM autolink literals; only their scheme matters here.
    if ((node.type === "link" || node.type === "definition") && node.url !== undefined) {
      const scheme = schemeOf(node.url);
      if (scheme !== undefined && !LINK_SCHEMES.has(scheme)) problems.push(`link ${node.url}`);
    }
    node.children?.forEach(walk);
  };
  walk(tree);
  return { problems, tree };
}

/** Visible text of Markdown output. */
export function markdownText(tree: MdNode): string {
  return normalizeText(mdastText(tree as Parameters<typeof mdastText>[0]));
}

/** Every problem of every text output of one document, by the same checks as the property tests (no text presence). */
export function outputProblems(out: {
  markdown: string;
  rss: string;
  atom: string;
  jsonFeed: string;
  ics?: string | undefined;
  emailHtml: string;
  page: string;
}): string[] {
  const tag = (name: string, problems: string[]) => problems.map((p) => `${name}: ${p}`);
  const rss = xmlFeedProblems(out.rss, "rss");
  const atom = xmlFeedProblems(out.atom, "atom");
  const json = jsonFeedProblems(out.jsonFeed);
  const feedHtml = [
    ...(rss.parsed?.rss.channel.item ?? []).flatMap((i: any) => [textOf(i.description), textOf(i["content:encoded"])]),
    ...(atom.parsed?.feed.entry ?? []).flatMap((e: any) => [textOf(e.summary), textOf(e.content)]),
    ...(json.parsed?.items ?? []).map((i: any) => i.content_html ?? ""),
  ];
  return [
    ...tag("markdown", markdownProblems(out.markdown).problems),
    ...tag("rss", rss.problems),
    ...tag("atom", atom.problems),
    ...tag("json feed", json.problems),
    ...tag(
      "feed HTML",
      feedHtml.flatMap((h) => htmlProblems(h, FEED_HTML_POLICY, true)),
    ),
    ...tag("ics", out.ics ? icsProblems(out.ics).problems : []),
    ...tag("email", htmlProblems(out.emailHtml, EMAIL_POLICY)),
    ...tag("page", htmlProblems(out.page, PAGE_POLICY)),
  ];
}
