import type { NewsItem } from "@belarusbrief/core";
import { sourceText } from "./cite.js";
import { type Context, heading } from "./context.js";
import { escapeText } from "./escape.js";
import { metaLine } from "./meta.js";
import { sanitize } from "./sanitize.js";
import { bodyBlocks } from "./section.js";

/** A news item: title, date, intro, body, sections, then "Source: [Name](url)". */
export function newsItemBlocks(ctx: Context, doc: NewsItem): string[] {
  return [
    heading(ctx, 1, doc.title),
    metaLine(ctx, { date: true }),
    ...(doc.intro ? [sanitize(doc.intro).markdown] : []),
    sanitize(doc.body).markdown,
    ...bodyBlocks(ctx, false),
    doc.source ? `${escapeText(ctx.words.source)}: ${sourceText(doc.source)}` : "",
  ];
}
