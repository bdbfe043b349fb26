import { Marked, type RendererObject } from "marked";
import sanitizeHtml from "sanitize-html";
import { safeUrl } from "../links.js";
import { escapeHtml } from "./escape.js";

/** Renders a Markdown field to email-safe HTML: raw HTML shown as text, links checked, images as their alt text. */
export function markdownToHtml(markdown: string, baseUrl: string | undefined): string {
  const html = parser(baseUrl).parse(markdown, { async: false });
  return sanitizeHtml(html, SANITIZE).trim();
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
  ],
  allowedAttributes: { a: ["href"], ol: ["start"] },
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
