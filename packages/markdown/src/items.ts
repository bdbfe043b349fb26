import type { Item } from "@belarusbrief/core";
import { around } from "./blocks.js";
import { citation } from "./cite.js";
import type { Context } from "./context.js";
import { escapeText } from "./escape.js";
import { quoteBlock } from "./quote.js";
import { sanitize } from "./sanitize.js";

/** An item: "**Lead-in** body (via [Source](url))", then its testimony as a block quote. */
export function itemBlocks(ctx: Context, item: Item): string[] {
  const lead = item.lead ? `**${escapeText(item.lead)}**` : "";
  const blocks = around(lead, item.body ? sanitize(item.body) : undefined, citation(ctx, item.sources));
  if (item.quote) blocks.push(quoteBlock(ctx, item.quote));
  return blocks;
}
