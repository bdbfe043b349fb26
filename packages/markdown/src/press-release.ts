import { formatDate, type PressRelease } from "@belarusbrief/core";
import { around } from "./blocks.js";
import { type Context, heading } from "./context.js";
import { escapeText } from "./escape.js";
import { metaLine } from "./meta.js";
import { sanitize } from "./sanitize.js";
import { bodyBlocks } from "./section.js";

/** A press release: title, "**Press release**", "**New York, May 21, 2023** —" opening the text, Q&A sections, further reading. */
export function pressReleaseBlocks(ctx: Context, doc: PressRelease): string[] {
  const date = formatDate(doc.date, ctx.locale);
  const dateline = `**${escapeText(doc.dateline ? `${doc.dateline}, ${date}` : date)}** —`;
  return [
    heading(ctx, 1, doc.title),
    metaLine(ctx, { kind: true }),
    ...around(dateline, doc.intro ? sanitize(doc.intro) : undefined),
    ...bodyBlocks(ctx, false),
  ];
}
