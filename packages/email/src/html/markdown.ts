import { Marked, type RendererObject } from "marked";
import sanitizeHtml from "sanitize-html";
import { safeUrl } from "../links.js";
import { cleanText, escapeHtml, neutraliseTemplates } from "./escape.js";

/**
 * Renders a Markdown field to email-safe HTML: raw HTML shown as text, links checked, images as
 * their alt text, GFM tables as data tables. Its text is cleaned and its template delimiters
 * neutralised like every other text of the document (see escape.ts), after rendering, because
 * Markdown character references (`&#xFFFE;`, `&#123;`) only become characters there.
 */
export function markdownToHtml(markdown: string, baseUrl: string | undefined): string {
  const html = parser(baseUrl).parse(markdown, { async: false });
  return neutraliseTemplates(cleanText(sanitizeHtml(html, SANITIZE))).trim();
}

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [
    "p",
    "br",
    "strong",
    "b",
    "em",
    "i",
    "a",
    "ul",
    "ol",
    "li",
    "blockquote",
    "code",
    "pre",
    "del",
    "s",
    "hr",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
  ],
  allowedAttributes: { a: ["href"], ol: ["start"], table: ["role", "class"] },
  // A table from the document holds data; the email's own layout tables are the presentational
  // ones. A GFM table has one header row in <thead>, so its <th> are column headers without `scope`.
  transformTags: { table: sanitizeHtml.simpleTransform("table", { role: "table", class: "data" }) },
  allowedSchemes: ["https", "http", "mailto"],
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
};

const parsers = new Map<string, Marked>();

function parser(baseUrl: string | undefined): Marked {
  const key = baseUrl ?? "";
  let found = parsers.get(key);
  if (!found) {
    found = new Marked({ gfm: true, breaks: false }, { renderer: renderer(baseUrl) });
    parsers.set(key, found);
  }
  return found;
}

function renderer(baseUrl: string | undefined): RendererObject {
  return {
    // Raw HTML in a Markdown field is text the author typed, not markup: print it.
    html({ text }) {
      return escapeHtml(text);
    },
    link(token) {
      const inner = this.parser.parseInline(token.tokens);
      const href = safeUrl(token.href, baseUrl);
      return href ? `<a href="${escapeHtml(href)}">${inner}</a>` : inner;
    },
    image({ text }) {
      return escapeHtml(text);
    },
    // Headings inside a field would break the email's heading outline; keep them as bold paragraphs.
    heading(token) {
      return `<p><strong>${this.parser.parseInline(token.tokens)}</strong></p>\n`;
    },
  };
}
