import { formatDate } from "@belarusbrief/core";
import type { HtmlContext } from "./context.js";
import { escapeHtml } from "./escape.js";
import { row } from "./layout.js";
import { viaHtml } from "./source.js";

/** The masthead: kind and date, the title, the tagline or dateline and author. */
export function headerHtml(ctx: HtmlContext): string {
  const { doc, words } = ctx;
  const when =
    doc.kind === "brief" ? formatDate(doc.period, doc.locale, "month-year") : formatDate(doc.date, doc.locale);
  const kicker = [words.kind[doc.kind], doc.kind === "press-release" ? doc.dateline : undefined, when]
    .filter(Boolean)
    .map((s) => escapeHtml(s ?? ""))
    .join(" · ");
  const tagline = doc.kind === "brief" && doc.tagline ? `<p class="tag">${escapeHtml(doc.tagline)}</p>` : "";
  const author = doc.author ? `<p class="tag">${viaHtml(ctx, [doc.author], doc.locale)}</p>` : "";
  return row(`<p class="kicker">${kicker}</p><h1>${escapeHtml(doc.title)}</h1>${tagline}${author}`, "top");
}
