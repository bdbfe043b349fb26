import { Marked, type Token, type Tokens } from "marked";
import sanitizeHtml from "sanitize-html";
import { cleanText, escapeHtml } from "./escape.js";
import { safeHref } from "./urls.js";

// Raw HTML becomes visible text, images become their alt text (no remote requests), headings inside
// a field become bold paragraphs (the page owns the heading outline), unsafe or lost links become text.
const marked = new Marked({
  gfm: true,
  renderer: {
    html: (token) => (token.block ? `<p>${escapeHtml(token.text)}</p>` : escapeHtml(token.text)),
    image: (token) => escapeHtml(token.text),
    heading(token) {
      return `<p><strong>${this.parser.parseInline(token.tokens)}</strong></p>`;
    },
    link(token) {
      const text = this.parser.parseInline(token.tokens);
      const href = safeHref(token.href);
      return href ? `<a href="${escapeHtml(href)}">${text}</a>` : text;
    },
  },
});

// GFM tables render as tables in every field; column alignment (an `align` attribute) is dropped.
const ALLOWED: sanitizeHtml.IOptions = {
  allowedTags: [
    "p",
    "br",
    "strong",
    "em",
    "del",
    "code",
    "pre",
    "a",
    "ul",
    "ol",
    "li",
    "blockquote",
    "hr",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
  ],
  allowedAttributes: { a: ["href"], ol: ["start"] },
  allowedSchemes: ["https", "http", "mailto"],
  allowedSchemesAppliedToAttributes: ["href"],
  allowProtocolRelative: false,
  disallowedTagsMode: "escape",
};

/** A Markdown field as sanitized block HTML, its text cleaned (see `cleanText`). */
export function markdownBlock(markdown: string): string {
  return cleanText(sanitizeHtml(marked.parse(markdown, { async: false }), ALLOWED)).trim();
}

/** A one-paragraph Markdown field as sanitized inline HTML; undefined when it needs blocks. */
export function markdownInline(markdown: string): string | undefined {
  const tokens = marked.lexer(markdown).filter((t) => t.type !== "space");
  if (tokens.length !== 1 || tokens[0]?.type !== "paragraph") return undefined;
  return cleanText(sanitizeHtml(marked.parseInline(markdown.trim(), { async: false }), ALLOWED)).trim();
}

/** What a reader sees of a Markdown field, as plain text on one line (for meta descriptions). */
export function markdownText(markdown: string): string {
  return textOf(marked.lexer(markdown)).replace(/\s+/g, " ").trim();
}

const BLOCKS = new Set(["paragraph", "heading", "list_item", "blockquote", "code", "html", "table"]);

function textOf(tokens: readonly Token[]): string {
  return tokens
    .map((token) => {
      const children = (token as Tokens.Generic).tokens ?? (token as Tokens.List).items;
      const gap = BLOCKS.has(token.type) ? " " : "";
      if (children) return textOf(children as Token[]) + gap;
      return ("text" in token && typeof token.text === "string" ? token.text : " ") + gap;
    })
    .join("");
}
