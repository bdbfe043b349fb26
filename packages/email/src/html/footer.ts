import { anchor, type HtmlContext } from "./context.js";
import { escapeHtml } from "./escape.js";
import { row } from "./layout.js";

/** "View in browser" and "Unsubscribe", as real addresses or the sending service's merge tags. */
export function footerHtml(ctx: HtmlContext, archive: string, unsubscribe: string): string {
  const { words, doc } = ctx;
  const links = `${anchor(archive, escapeHtml(words.viewInBrowser))} · ${anchor(unsubscribe, escapeHtml(words.unsubscribe))}`;
  return row(`<p class="meta">${escapeHtml(doc.title)}</p><p class="meta">${links}</p>`, "foot");
}
