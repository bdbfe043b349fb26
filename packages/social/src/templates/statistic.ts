import type { StatisticCard } from "../card.js";
import { div, type Node } from "../element.js";
import { type Block, fitColumn } from "../fit.js";
import { trendChart } from "./chart.js";
import type { TemplateContext } from "./context.js";

/** The number large in the accent colour, what it counts, then source and date — never one without the others. */
export async function statisticBody(card: StatisticCard, ctx: TemplateContext): Promise<Node> {
  const { roles, frame, theme } = ctx;
  const blocks: Block[] = [
    { field: card.value, role: roles.hero, share: 1 },
    { field: card.measure, role: roles.title, share: 1 },
    // Source and date share a line: one is never shown without the other.
    { field: { text: `${card.source.text} · ${card.asOf.text}`, path: card.source.path }, role: roles.meta },
  ];
  const gap = frame.gap * 0.75;
  if (!card.trend) {
    const { nodes } = await fitColumn(blocks, { width: ctx.width, height: ctx.height, gap, size: frame.size, theme });
    return div({ flexDirection: "column", gap }, ...nodes);
  }
  if (frame.size === "og") {
    const chartWidth = 360;
    const width = ctx.width - chartWidth - frame.gap * 2;
    const { nodes } = await fitColumn(blocks, { width, height: ctx.height, gap, size: frame.size, theme });
    const chart = trendChart(card.trend, { width: chartWidth, height: Math.min(ctx.height, 320), ctx });
    return div(
      { flexDirection: "row", alignItems: "center", justifyContent: "space-between", width: ctx.width },
      div({ flexDirection: "column", gap }, ...nodes),
      chart,
    );
  }
  const chartHeight = frame.size === "story" ? 420 : 280;
  const height = ctx.height - chartHeight - frame.gap;
  const { nodes } = await fitColumn(blocks, { width: ctx.width, height, gap, size: frame.size, theme });
  const chart = trendChart(card.trend, { width: ctx.width, height: chartHeight, ctx });
  return div({ flexDirection: "column", gap: frame.gap }, div({ flexDirection: "column", gap }, ...nodes), chart);
}
