import type { EventCard } from "../card.js";
import { div, type Node } from "../element.js";
import { type Block, fitColumn } from "../fit.js";
import type { TemplateContext } from "./context.js";

/** The date large in the accent colour, the time or "every year", the title, then the place or "Online". */
export async function eventBody(card: EventCard, ctx: TemplateContext): Promise<Node> {
  const { roles, frame, theme } = ctx;
  const blocks: Block[] = [{ field: card.date, role: roles.date, share: 1 }];
  if (card.detail) blocks.push({ field: card.detail, role: roles.strong });
  blocks.push({ field: card.title, role: roles.headline, share: 2 });
  if (card.place) blocks.push({ field: card.place, role: roles.meta });
  const gap = frame.gap * 0.75;
  const { nodes } = await fitColumn(blocks, { width: ctx.width, height: ctx.height, gap, size: frame.size, theme });
  return div({ flexDirection: "column", gap }, ...nodes);
}
