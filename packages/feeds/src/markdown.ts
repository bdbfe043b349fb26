import { Marked } from "marked";
import { escapeXml } from "./clean.js";

// Raw HTML in Markdown fields is shown as the text it is, never interpreted. Images would make
// readers' devices fetch them, so an image is its alt text, in HTML and in plain text alike.
const marked = new Marked({
  gfm: true,
  async: false,
  renderer: {
    html: ({ text }) => escapeXml(text),
    image(token) {
      // Alt text as marked's own text renderer gives it (emphasis and code as their text), where
      // text tokens come HTML-escaped and raw HTML does not: unescape, then escape everything once.
      const alt = token.tokens ? this.parser.parseInline(token.tokens, this.parser.textRenderer) : token.text;
      return escapeXml(unescapeMarked(alt));
    },
  },
});

/** Markdown rendered to HTML; raw HTML escaped, images as their alt text. The result still goes through `sanitize`. */
export function markdownToHtml(markdown: string): string {
  return marked.parse(markdown, { async: false });
}

// The inverse of marked's `escape` (&, <, >, ", ').
function unescapeMarked(text: string): string {
  const named: Record<string, string> = { "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'", "&amp;": "&" };
  return text.replace(/&(?:lt|gt|quot|#39|amp);/g, (entity) => named[entity] ?? entity);
}
