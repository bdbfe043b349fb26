import type { ResolvedItem } from "@belarusbrief/core";
import type { BlockContent } from "mdast";
import { around } from "./around.js";
import { plain, strong } from "./mdast.js";
import { note } from "./note.js";
import { quoteBlock } from "./quote.js";
import { shows } from "./shows.js";

/** An item: "**Lead-in** body (February 18, 2021; via [Source](url))", then its testimony as a block quote. */
export function itemBlocks(item: ResolvedItem): BlockContent[] {
  const lead = item.lead ? [strong([plain(item.lead)])] : [];
  const date = item.date && !shows(item.body, item.date.text) ? item.date.text : undefined;
  const blocks = around(lead, item.body, note([date, item.citation]));
  if (item.quote) blocks.push(quoteBlock(item.quote));
  return blocks;
}
