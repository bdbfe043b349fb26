import sanitizeHtml from "sanitize-html";
import { httpUrl } from "./clean.js";

const TAGS = [
  "p",
  "br",
  "hr",
  "h2",
  "h3",
  "h4",
  "strong",
  "em",
  "b",
  "i",
  "del",
  "s",
  "code",
  "pre",
  "blockquote",
  "ul",
  "ol",
  "li",
  "a",
  "span",
  "div",
  "small",
  "cite",
  "table",
  "thead",
  "tbody",
  "tr",
  "th",
  "td",
];

/**
 * Keeps only a small set of formatting tags, `href` on links (https:, http:, mailto:, relative ones
 * resolved against `baseUrl`) and `lang` on any tag. No scripts, styles, images, event handlers.
 */
export function sanitize(html: string, baseUrl: string): string {
  return sanitizeHtml(html, {
    allowedTags: TAGS,
    allowedAttributes: { a: ["href", "hreflang"], "*": ["lang"] },
    allowedSchemes: ["https", "http", "mailto"],
    allowedSchemesByTag: {},
    allowProtocolRelative: false,
    disallowedTagsMode: "discard",
    transformTags: {
      a: (tagName, attribs) => ({ tagName, attribs: withAbsoluteHref(attribs, baseUrl) }),
      // Images would make readers' devices fetch them; their alt text is kept as text.
      img: (_tagName, attribs) => ({ tagName: "span", attribs: {}, text: attribs.alt ?? "" }),
    },
  });
}

/** Plain text of an HTML fragment, blocks separated by line breaks. */
export function htmlToText(html: string): string {
  const text = sanitizeHtml(html.replace(/<\/(p|li|h\d|blockquote|pre)>/g, "$&\n"), {
    allowedTags: [],
    allowedAttributes: {},
  });
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\n{2,}/g, "\n")
    .trim();
}

function withAbsoluteHref(attribs: Record<string, string>, baseUrl: string): Record<string, string> {
  const { href, ...rest } = attribs;
  const trimmed = href?.trim();
  if (!trimmed || trimmed === "#") return rest;
  const resolved = URL.parse(trimmed, baseUrl);
  if (!resolved) return rest;
  return { ...rest, href: resolved.protocol === "mailto:" ? resolved.href : (httpUrl(resolved.href) ?? resolved.href) };
}
