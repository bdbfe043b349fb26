import { type Locale, messages, type Quote } from "@belarusbrief/core";
import { type HtmlContext, langAttrs } from "./context.js";
import { escapeHtml } from "./escape.js";
import { viaHtml } from "./source.js";

/** A quotation or testimony with a bar on its left, its attribution and source below. */
export function quoteHtml(ctx: HtmlContext, quote: Quote, around: Locale): string {
  const locale = quote.locale ?? around;
  const cite = [attribution(quote, locale), viaHtml(ctx, quote.source ? [quote.source] : undefined, locale)]
    .filter(Boolean)
    .join(" ");
  return `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"${langAttrs(quote.locale, around)}><tr><td class="quote"><blockquote>${ctx.md(quote.text)}</blockquote>${cite ? `<p class="cite">${cite}</p>` : ""}</td></tr></table>`;
}

function attribution(quote: Quote, locale: Locale): string {
  const a = quote.attribution;
  if (!a) return "";
  const name = a.anonymous ? messages(locale).anonymous : a.name;
  return `— ${[name, a.description]
    .filter(Boolean)
    .map((s) => escapeHtml(s ?? ""))
    .join(", ")}`;
}
