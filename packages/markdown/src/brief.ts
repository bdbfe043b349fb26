import { type Brief, formatDate } from "@belarusbrief/core";
import { join, RULE } from "./blocks.js";
import { type Context, heading } from "./context.js";
import { escapeText } from "./escape.js";
import { inlineQuote } from "./quote.js";
import { sanitize } from "./sanitize.js";
import { bodyBlocks } from "./section.js";

/** The monthly brief, laid out like seed 000: title, tagline and month, the lead between rules, sections. */
export function briefBlocks(ctx: Context, doc: Brief): string[] {
  const month = formatDate(doc.period, ctx.locale, "month-year").toLocaleUpperCase(ctx.locale);
  const tagline = doc.tagline ? `${escapeText(doc.tagline)},` : "";
  return [
    heading(ctx, 1, doc.title),
    join(tagline, escapeText(month)),
    RULE,
    ...(doc.lead ? [...inlineQuote(ctx, doc.lead), RULE] : []),
    ...(doc.intro ? [sanitize(doc.intro).markdown] : []),
    ...bodyBlocks(ctx, true),
  ];
}
