import type { ResolvedSection } from "@belarusbrief/core";
import type { RootContent } from "mdast";
import { actionBlocks } from "./actions.js";
import { type Context, headingAt } from "./context.js";
import { eventBlocks } from "./events.js";
import { itemBlocks } from "./items.js";
import { linkList } from "./links.js";
import { rule } from "./mdast.js";
import { recommendationBlocks } from "./recommendations.js";
import { reportBlocks } from "./reports.js";
import { blocksOf } from "./rich.js";
import { statisticsBlock } from "./statistics.js";

/**
 * A section: its heading (or, with `ruled`, a rule when it has none, as the seed separates its
 * rally reports), then intro, statistics, items, events, actions, reports, recommendations and
 * links, in the view's order.
 */
export function sectionBlocks(ctx: Context, section: ResolvedSection, ruled: boolean): RootContent[] {
  const doc = ctx.doc;
  const blocks: RootContent[] = [];
  if (section.heading) blocks.push(headingAt(ctx, section.level, section.heading));
  else if (ruled) blocks.push(rule());
  if (section.intro) blocks.push(...blocksOf(section.intro));
  if (section.statistics.length) blocks.push(statisticsBlock(section.statistics));
  for (const item of section.items) blocks.push(...itemBlocks(item));
  for (const event of section.events) blocks.push(...eventBlocks(doc, event));
  for (const action of section.actions) blocks.push(...actionBlocks(doc, action));
  for (const report of section.reports) blocks.push(...reportBlocks(report));
  for (const rec of section.recommendations) blocks.push(...recommendationBlocks(rec));
  if (section.links.length) blocks.push(linkList(section.links));
  return blocks;
}
