import type { ActionCard } from "../card.js";
import { div, type Node } from "../element.js";
import { type Block, fitColumn } from "../fit.js";
import type { TemplateContext } from "./context.js";

/** The verb sits in the kicker pill; the action large; who runs it and the deadline below. */
export async function actionBody(card: ActionCard, ctx: TemplateContext): Promise<Node> {
  const { roles, frame, theme } = ctx;
  const blocks: Block[] = [{ field: card.title, role: roles.headline, share: 1 }];
  if (card.via) blocks.push({ field: card.via, role: roles.strong });
  if (card.deadline) blocks.push({ field: card.deadline, role: roles.meta });
  const gap = frame.gap * 0.75;
  const { nodes } = await fitColumn(blocks, { width: ctx.width, height: ctx.height, gap, size: frame.size, theme });
  return div({ flexDirection: "column", gap }, ...nodes);
}
