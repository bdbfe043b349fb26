import type { HtmlContext } from "./context.js";
import { escapeHtml, escapeMarkup } from "./escape.js";
import { row } from "./layout.js";

/** "View in browser" and "Unsubscribe", as real addresses or the sending service's merge tags. */
export function footerHtml(ctx: HtmlContext, archive: string, unsubscribe: string): string {
  const { words, doc } = ctx;
  const links = `${link(archive, words.viewInBrowser)} · ${link(unsubscribe, words.unsubscribe)}`;
  return row(`<p class="meta">${escapeHtml(doc.title)}</p><p class="meta">${links}</p>`, "foot");
}

// The one place where `{{ … }}` or `*|…|*` is written on purpose: the merge tag (or the caller's own
// address) must reach the sending service as it is, so it is not escaped as a document's text is.
function link(href: string, label: string): string {
  return href ? `<a href="${escapeMarkup(href)}">${escapeHtml(label)}</a>` : escapeHtml(label);
}
