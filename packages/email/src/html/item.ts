import { formatDate, type Item, type Locale } from "@belarusbrief/core";
import { type HtmlContext, langAttrs } from "./context.js";
import { escapeHtml } from "./escape.js";
import { quoteHtml } from "./quote.js";
import { viaHtml } from "./source.js";

/** One entry: bold lead-in run into the body, then date and "(via …)", then its quotation. */
export function itemHtml(ctx: HtmlContext, item: Item, around: Locale): string {
  const locale = item.locale ?? around;
  const lead = item.lead ? `<strong>${escapeHtml(item.lead)}</strong>` : "";
  let body = item.body ? ctx.md(item.body) : "";
  if (lead) body = body.startsWith("<p>") ? `<p>${lead} ${body.slice(3)}` : `<p>${lead}</p>${body}`;
  const meta = [item.date ? escapeHtml(formatDate(item.date, locale)) : "", viaHtml(ctx, item.sources, locale)]
    .filter(Boolean)
    .join(" · ");
  const quote = item.quote ? quoteHtml(ctx, item.quote, locale) : "";
  return `<div${langAttrs(item.locale, around)}>${body}${meta ? `<p class="meta">${meta}</p>` : ""}${quote}</div>`;
}
