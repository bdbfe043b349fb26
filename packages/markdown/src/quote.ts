import type { Attribution, Locale, Quote } from "@belarusbrief/core";
import { blockquote, join } from "./blocks.js";
import { citation } from "./cite.js";
import type { Context } from "./context.js";
import { escapeText } from "./escape.js";
import { sanitize } from "./sanitize.js";

/**
 * A quotation inside a paragraph, as a brief's lead: `Human rights organizations: “…” (via [Spring96](#))`.
 * A quotation of several blocks becomes a block quote.
 */
export function inlineQuote(ctx: Context, quote: Quote): string[] {
  const text = sanitize(quote.text);
  const single = text.first === "paragraph" && !text.markdown.includes("\n\n");
  if (!single) return [quoteBlock(ctx, quote)];
  const [open, close] = /^["“„«']/.test(text.text) ? ["", ""] : marks(quote.locale ?? ctx.doc.locale);
  const who = quote.attribution ? `${attribution(ctx, quote.attribution)}:` : "";
  return [join(join(who, `${open}${text.markdown}${close}`), citation(ctx, quote.source ? [quote.source] : []))];
}

/** A testimony: the text as a block quote, ending with "— a nurse who had to flee Belarus (via …)". */
export function quoteBlock(ctx: Context, quote: Quote): string {
  const who = quote.attribution ? `— ${attribution(ctx, quote.attribution)}` : "";
  const line = join(who, citation(ctx, quote.source ? [quote.source] : []));
  return blockquote(line ? [sanitize(quote.text).markdown, line] : [sanitize(quote.text).markdown]);
}

function attribution(ctx: Context, a: Attribution): string {
  const name = a.anonymous ? undefined : a.name;
  const parts = [name, a.description].filter((p): p is string => p !== undefined);
  return escapeText(parts.length > 0 ? parts.join(", ") : ctx.words.anonymous);
}

function marks(locale: Locale): [string, string] {
  return locale === "en" ? ["“", "”"] : ["«", "»"];
}
