import type { TrendPoint } from "../card.js";
import { div, type Node } from "../element.js";
import { FONT_FAMILY } from "../fonts.js";
import { scale, type TemplateContext } from "./context.js";

/** At most this many values are drawn: the latest ones. */
const MAX_BARS = 6;

/** A bar per value of the series, oldest first, the card's own value in the accent colour. */
export function trendChart(points: TrendPoint[], box: { width: number; height: number; ctx: TemplateContext }): Node {
  const { theme } = box.ctx;
  const s = scale(box.ctx);
  const shown = points.slice(-MAX_BARS);
  const top = Math.max(...shown.map((p) => p.value), 1);
  const labelSize = Math.round(22 * s);
  const valueSize = Math.round(24 * s);
  // Room for the value above and two lines of date below each bar.
  const barArea = box.height - valueSize * 1.4 - labelSize * 2.6 - 16;
  const slot = box.width / shown.length;
  const bar = (point: TrendPoint) =>
    div(
      { flexDirection: "column", alignItems: "center", justifyContent: "flex-end", width: slot, height: box.height },
      div(
        { fontSize: valueSize, fontWeight: 700, color: point.current ? theme.accent : theme.text, marginBottom: 6 },
        point.text,
      ),
      div({
        width: Math.min(slot * 0.6, 96 * s),
        height: Math.max(4, Math.round((barArea * point.value) / top)),
        backgroundColor: point.current ? theme.accent : theme.muted,
        borderRadius: 4,
      }),
      div(
        {
          fontSize: labelSize,
          color: theme.muted,
          marginTop: 10,
          height: labelSize * 2.6,
          width: slot - 8,
          textAlign: "center",
          justifyContent: "center",
          lineHeight: 1.25,
        },
        point.label,
      ),
    );
  return div(
    { width: box.width, height: box.height, flexDirection: "row", alignItems: "flex-end", fontFamily: FONT_FAMILY },
    ...shown.map(bar),
  );
}
