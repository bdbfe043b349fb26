import { formatDate, formatStatistic, type Locale, type Statistic } from "@belarusbrief/core";
import { citation } from "./cite.js";
import type { Context } from "./context.js";
import { escapeText } from "./escape.js";

/**
 * Statistics as one short block, a line each ("Political prisoners: **258**") joined by hard
 * line breaks. Consecutive lines with the same source and date share one citation after the last.
 */
export function statisticsBlock(ctx: Context, stats: readonly Statistic[], locale: Locale): string {
  const lines = stats.map((stat, i) => {
    const phrase = formatStatistic(stat, stat.locale ?? locale);
    const line = `${escapeText(stat.measure)}: **${escapeText(phrase.value)}**`;
    const next = stats[i + 1];
    if (next && key(ctx, next) === key(ctx, stat)) return line;
    const note = citation(ctx, stat.source ? [stat.source] : [], asOf(ctx, stat));
    return note ? `${line} ${note}` : line;
  });
  return lines.join("  \n");
}

/** "as of March 1, 2021" when the number's date differs from the document's. */
function asOf(ctx: Context, stat: Statistic): string {
  if (!stat.asOf || stat.asOf === ctx.doc.date) return "";
  return ctx.words.asOf.replace("{date}", formatDate(stat.asOf, ctx.locale));
}

function key(ctx: Context, stat: Statistic): string {
  const s = stat.source;
  return JSON.stringify([s?.name, s?.url, s?.note, asOf(ctx, stat)]);
}
