import type { Section } from "@belarusbrief/core";
import { actionBlocks } from "./actions.js";
import { RULE } from "./blocks.js";
import { type Context, heading } from "./context.js";
import { eventBlocks } from "./events.js";
import { itemBlocks } from "./items.js";
import { linkList } from "./links.js";
import { recommendationBlocks } from "./recommendations.js";
import { reportBlocks } from "./reports.js";
import { sanitize } from "./sanitize.js";
import { statisticsBlock } from "./statistics.js";

/**
 * A section: `## heading` (or, with `ruled`, a rule when it has none), then intro, statistics, items,
 * events, actions, reports, recommendations and links, in the model's order.
 */
export function sectionBlocks(ctx: Context, section: Section, ruled: boolean): string[] {
  const locale = section.locale ?? ctx.doc.locale;
  const blocks: string[] = [];
  if (section.heading) blocks.push(heading(ctx, 2, section.heading));
  else if (ruled) blocks.push(RULE);
  if (section.intro) blocks.push(sanitize(section.intro).markdown);
  if (section.statistics?.length) blocks.push(statisticsBlock(ctx, section.statistics, locale));
  for (const item of section.items ?? []) blocks.push(...itemBlocks(ctx, item));
  for (const event of section.events ?? []) blocks.push(...eventBlocks(ctx, event));
  for (const action of section.actions ?? []) blocks.push(...actionBlocks(ctx, action, action.locale ?? locale));
  for (const report of section.reports ?? []) blocks.push(...reportBlocks(ctx, report));
  for (const rec of section.recommendations ?? []) blocks.push(...recommendationBlocks(rec));
  if (section.links?.length) blocks.push(linkList(section.links));
  return blocks;
}

/** Every section, then the document's further reading under its own heading. */
export function bodyBlocks(ctx: Context, ruled: boolean): string[] {
  const blocks = (ctx.doc.sections ?? []).flatMap((section) => sectionBlocks(ctx, section, ruled));
  if (ctx.doc.links?.length) blocks.push(heading(ctx, 2, ctx.words.furtherReading), linkList(ctx.doc.links));
  return blocks;
}
