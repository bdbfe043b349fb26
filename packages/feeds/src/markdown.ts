import { Marked } from "marked";
import { escapeXml } from "./clean.js";

// Raw HTML in Markdown fields is shown as the text it is, never interpreted.
const marked = new Marked({
  gfm: true,
  async: false,
  renderer: {
    html: ({ text }) => escapeXml(text),
  },
});

/** Markdown rendered to HTML; raw HTML escaped. The result still goes through `sanitize`. */
export function markdownToHtml(markdown: string): string {
  return marked.parse(markdown, { async: false });
}
