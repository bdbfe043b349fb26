import type { CoverCard } from "../card.js";
import { div, type Node } from "../element.js";
import { type Block, fitColumn } from "../fit.js";
import type { TemplateContext } from "./context.js";

/** Month and title; on Open Graph the highlights take a second column, on square and story they follow below. */
export async function coverBody(card: CoverCard, ctx: TemplateContext): Promise<Node> {
  const { roles, frame, theme } = ctx;
  const head: Block[] = [
    { field: card.month, role: roles.date, share: 1 },
    { field: card.title, role: roles.headline, share: 2 },
  ];
  if (card.tagline) head.push({ field: card.tagline, role: roles.meta });
  const list: Block[] = card.highlights.map((field) => ({ field, role: roles.highlight, share: 1 }));
  const gap = frame.gap * 0.75;
  const rule = Math.max(4, Math.round(frame.width / 240));
  const box = (width: number, height: number) => ({ width, height, gap, size: frame.size, theme });
  if (list.length === 0) {
    const { nodes } = await fitColumn(head, box(ctx.width, ctx.height));
    return div({ flexDirection: "column", gap }, ...nodes);
  }
  if (frame.size === "og") {
    const left = Math.round(ctx.width * 0.52);
    const right = ctx.width - left - frame.gap * 2 - rule;
    const a = await fitColumn(head, box(left, ctx.height));
    const b = await fitColumn(list, box(right, ctx.height));
    return div(
      { flexDirection: "row", alignItems: "center", gap: frame.gap },
      div({ flexDirection: "column", gap }, ...a.nodes),
      div({ width: rule, height: b.height, backgroundColor: theme.accent }),
      div({ flexDirection: "column", gap }, ...b.nodes),
    );
  }
  const headHeight = Math.round((ctx.height - frame.gap * 2 - rule) * 0.5);
  const a = await fitColumn(head, box(ctx.width, headHeight));
  const b = await fitColumn(list, box(ctx.width, ctx.height - a.height - frame.gap * 2 - rule));
  return div(
    { flexDirection: "column", gap: frame.gap },
    div({ flexDirection: "column", gap }, ...a.nodes),
    div({ width: Math.round(ctx.width / 4), height: rule, backgroundColor: theme.accent }),
    div({ flexDirection: "column", gap }, ...b.nodes),
  );
}
