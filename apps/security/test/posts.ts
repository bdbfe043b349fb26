import type { Artifact, ResolvedDocument } from "@belarusbrief/core";
import { type DefaultTreeAdapterMap, parseFragment } from "parse5";
import { contentOf } from "./artifacts.js";
import { attr, elementsOf, parseHtmlFragment } from "./html.js";

type Node = DefaultTreeAdapterMap["node"];

// Telegram's HTML for parse_mode HTML (https://core.telegram.org/bots/api#html-style): these tags
// with these attributes only; the Bot API refuses anything else.
const TELEGRAM_ATTRIBUTES: Record<string, readonly string[]> = {
  b: [],
  strong: [],
  i: [],
  em: [],
  u: [],
  ins: [],
  s: [],
  strike: [],
  del: [],
  "tg-spoiler": [],
  span: ["class"],
  a: ["href"],
  code: ["class"],
  pre: [],
  blockquote: ["expandable"],
  "tg-emoji": ["emoji-id"],
};
// The only entities Telegram reads: &lt; &gt; &amp; &quot; and numeric ones.
const BAD_ENTITY = /&(?!(?:lt|gt|amp|quot|#\d+|#x[0-9a-f]+);)/i;
// A control character other than a line feed and a tab (a plain-text field keeps its tabs).
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is looked for
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
// Bluesky: no control character at all but the line feed.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is looked for
const JSON_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

/** What the platform shows of a post: Telegram's HTML parsed by parse5, Bluesky's record's text, plain text as it is. */
export function postText(artifact: Artifact): string {
  const content = contentOf(artifact);
  if (artifact.path.endsWith(".html")) return fragmentText(parseFragment(content));
  if (artifact.path.endsWith(".json")) return (JSON.parse(content) as { text: string }).text;
  return content;
}

function fragmentText(node: Node): string {
  if (node.nodeName === "#text") return (node as DefaultTreeAdapterMap["textNode"]).value;
  return "childNodes" in node ? node.childNodes.map(fragmentText).join("") : "";
}

/** Every way a post breaks its platform's format or links anywhere but the document's page `url`. */
export function postProblems(artifact: Artifact, url: string): string[] {
  const content = contentOf(artifact);
  if (artifact.path.endsWith(".html")) return telegramProblems(content, url);
  if (artifact.path.endsWith(".json")) return blueskyProblems(content, url);
  return CONTROL.test(content) ? ["a control character in the text"] : [];
}

/** Telegram HTML: parse5 without errors, Telegram's tags and attributes only, links only to `url`, entities Telegram reads. */
export function telegramProblems(html: string, url: string): string[] {
  const { root, errors } = parseHtmlFragment(html);
  const problems = errors.map((e) => `parse error ${e}`);
  for (const el of elementsOf(root)) {
    const allowed = TELEGRAM_ATTRIBUTES[el.tagName];
    if (!allowed) {
      problems.push(`element <${el.tagName}>`);
      continue;
    }
    for (const a of el.attrs) if (!allowed.includes(a.name)) problems.push(`attribute ${a.name} on <${el.tagName}>`);
    const href = attr(el, "href");
    if (el.tagName === "a" && href !== url) problems.push(`link to ${href}`);
  }
  if (BAD_ENTITY.test(html)) problems.push(`an entity Telegram does not read: ${BAD_ENTITY.exec(html)?.[0]}`);
  if (CONTROL.test(fragmentText(root))) problems.push("a control character in the text");
  return problems;
}

interface Facet {
  index: { byteStart: number; byteEnd: number };
  features: { $type: string; uri?: string; tag?: string }[];
}

/**
 * A Bluesky record: JSON, `app.bsky.feed.post`, no control character in any string, link facets
 * only to `url` and over the address as shown, images or a link card to `url` only.
 */
export function blueskyProblems(json: string, url: string): string[] {
  let record: {
    $type?: string;
    text?: unknown;
    facets?: Facet[];
    embed?: { $type: string; external?: { uri: string } };
  };
  try {
    record = JSON.parse(json);
  } catch (error) {
    return [`JSON: ${(error as Error).message}`];
  }
  const problems: string[] = [];
  if (record.$type !== "app.bsky.feed.post") problems.push(`$type ${record.$type}`);
  if (typeof record.text !== "string") return [...problems, "no text"];
  const walk = (value: unknown) => {
    if (typeof value === "string" && JSON_CONTROL.test(value))
      problems.push(`a control character in ${JSON.stringify(value)}`);
    else if (value && typeof value === "object") for (const child of Object.values(value)) walk(child);
  };
  walk(record);
  const bytes = new TextEncoder().encode(record.text);
  for (const facet of record.facets ?? []) {
    const { byteStart, byteEnd } = facet.index;
    if (!(byteStart >= 0 && byteStart < byteEnd && byteEnd <= bytes.length))
      problems.push(`facet ${byteStart}–${byteEnd}`);
    const shown = new TextDecoder().decode(bytes.slice(byteStart, byteEnd));
    for (const feature of facet.features) {
      if (feature.$type === "app.bsky.richtext.facet#tag") continue;
      if (feature.$type !== "app.bsky.richtext.facet#link") problems.push(`facet ${feature.$type}`);
      else if (feature.uri !== url) problems.push(`link to ${feature.uri}`);
      else if (!url.replace(/^https?:\/\//, "").startsWith(shown.replace(/…$/, "")))
        problems.push(`link shown as ${JSON.stringify(shown)}`);
    }
  }
  const embed = record.embed;
  if (
    embed &&
    embed.$type !== "app.bsky.embed.images" &&
    !(embed.$type === "app.bsky.embed.external" && embed.external?.uri === url)
  )
    problems.push(`embed ${embed.$type}`);
  return problems;
}

/**
 * Addresses of `doc` a post may not show: every address the view links (sources, petitions,
 * meeting links, links inside text) except the page's own, and except those the document's own
 * words show. Posts link only to `doc.url`; the rest is on the page.
 */
export function hiddenAddresses(doc: ResolvedDocument): string[] {
  const addresses = new Set<string>();
  const words: string[] = [];
  const walk = (value: unknown, key: string) => {
    if (typeof value === "string") {
      if (key === "url" || key === "online") addresses.add(value);
      else words.push(value);
    } else if (Array.isArray(value)) for (const v of value) walk(v, key);
    else if (value && typeof value === "object")
      for (const [k, v] of Object.entries(value)) {
        // The document as written and each event as written hold addresses as typed, not as shown.
        if (k !== "document" && k !== "event" && k !== "calendar" && k !== "words") walk(v, k);
      }
  };
  walk(doc, "");
  const text = words.join("\n");
  return [...addresses].map(bare).filter((address) => address !== bare(doc.url) && !text.includes(address));
}

/** An address as posts write it: without the scheme and a final `/`. */
export function bare(url: string): string {
  return url.replace(/^(https?:\/\/|mailto:)/i, "").replace(/\/$/, "");
}
