import { escapeHtml } from "@belarusbrief/core";
import { esc, type HtmlContext, styled, title } from "./context.js";
import { row } from "./layout.js";
import { STYLE } from "./style.js";

/** "View in browser" and "Unsubscribe", as the options' addresses or the sending service's merge tags. */
export function footerHtml({ doc, words }: HtmlContext, links: { archive: string; unsubscribe: string }): string {
  const meta = styled(STYLE.meta, "meta");
  const both = `${link(links.archive, words.viewInBrowser)} · ${link(links.unsubscribe, words.unsubscribe)}`;
  return row(`<p${meta}>${title(doc.richTitle)}</p><p${meta}>${both}</p>`, "foot");
}

// The one place where `{{ … }}` or `*|…|*` is written on purpose: the merge tag (or the options' own
// address) must reach the sending service as it is, so only HTML-escaped.
function link(href: string, label: string): string {
  return href ? `<a href="${escapeHtml(href)}"${styled(STYLE.a)}>${esc(label)}</a>` : esc(label);
}
