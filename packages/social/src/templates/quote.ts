import type { QuoteCard } from "../card.js";
import { div, type Node } from "../element.js";
import { type Block, fitColumn } from "../fit.js";
import { FONT_FAMILY } from "../fonts.js";
import { scale, type TemplateContext } from "./context.js";

/** A large quotation mark, the quote, then who said it and where it was published. */
export async function quoteBody(card: QuoteCard, ctx: TemplateContext): Promise<Node> {
  const { roles, frame, theme } = ctx;
  const blocks: Block[] = [{ field: card.text, role: roles.quote, share: 1 }];
  if (card.attribution)
    blocks.push({ field: { ...card.attribution, text: `— ${card.attribution.text}` }, role: roles.strong });
  if (card.source) blocks.push({ field: card.source, role: roles.meta });
  const gap = frame.gap * 0.75;
  const markSize = Math.round((frame.size === "og" ? 150 : 200) * scale(ctx));
  const mark = div(
    {
      fontFamily: FONT_FAMILY,
      fontSize: markSize,
      fontWeight: 700,
      color: theme.accent,
      lineHeight: 1,
      height: markSize * 0.6,
    },
    "“",
  );
  if (frame.size === "og") {
    const gutter = Math.round(markSize * 0.55);
    const width = ctx.width - gutter;
    const { nodes } = await fitColumn(blocks, { width, height: ctx.height, gap, size: frame.size, theme });
    return div({ flexDirection: "row" }, div({ width: gutter }, mark), div({ flexDirection: "column", gap }, ...nodes));
  }
  const height = ctx.height - markSize * 0.6 - gap;
  const { nodes } = await fitColumn(blocks, { width: ctx.width, height, gap, size: frame.size, theme });
  return div({ flexDirection: "column", gap }, mark, ...nodes);
}
