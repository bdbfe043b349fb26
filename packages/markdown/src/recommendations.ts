import type { ResolvedRecommendation } from "@belarusbrief/core";
import type { BlockContent } from "mdast";
import { paragraph, plain, strong, text } from "./mdast.js";
import { blocksOf, listItem } from "./rich.js";

/** Recommendations to one addressee: the intro (or "**the addressee**:" when the intro does not name it), then the items as a list. */
export function recommendationBlocks(rec: ResolvedRecommendation): BlockContent[] {
  const blocks: BlockContent[] = rec.addresseeInIntro ? [] : [paragraph([strong([plain(rec.addressee)]), text(":")])];
  if (rec.intro) blocks.push(...blocksOf(rec.intro));
  blocks.push({
    type: "list",
    ordered: false,
    spread: false,
    children: rec.items.map((item) => listItem(blocksOf(item))),
  });
  return blocks;
}
