import type { Appeal, Statement } from "@belarusbrief/core";
import { type Context, heading } from "./context.js";
import { metaLine } from "./meta.js";
import { quoteBlock } from "./quote.js";
import { sanitize } from "./sanitize.js";
import { bodyBlocks } from "./section.js";

/** A statement or an appeal: title, kind, author and date, the lead as a block quote, intro, sections. */
export function statementBlocks(ctx: Context, doc: Statement | Appeal): string[] {
  return [
    heading(ctx, 1, doc.title),
    metaLine(ctx, { kind: true, date: true }),
    ...(doc.kind === "statement" && doc.lead ? [quoteBlock(ctx, doc.lead)] : []),
    ...(doc.intro ? [sanitize(doc.intro).markdown] : []),
    ...bodyBlocks(ctx, false),
  ];
}
