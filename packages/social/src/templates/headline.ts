import type { HeadlineCard } from "../card.js";
import { div, type Node } from "../element.js";
import { type Block, fitColumn } from "../fit.js";
import type { TemplateContext } from "./context.js";

/** The document's title large, its date and origin below. */
export async function headlineBody(card: HeadlineCard, ctx: TemplateContext): Promise<Node> {
  const { roles, frame, theme } = ctx;
  const blocks: Block[] = [{ field: card.title, role: roles.headline, share: 1 }];
  if (card.meta) blocks.push({ field: card.meta, role: roles.meta });
  const gap = frame.gap;
  const { nodes } = await fitColumn(blocks, { width: ctx.width, height: ctx.height, gap, size: frame.size, theme });
  return div({ flexDirection: "column", gap }, ...nodes);
}
