import { escapeHtml, langAttributes, type ResolvedStatistic } from "@belarusbrief/core";
import { citation } from "./cite.js";

/** Statistics as a list: the qualified number, what it measures, who says so, and always as of when. */
export function statistics(stats: readonly ResolvedStatistic[]): string {
  if (stats.length === 0) return "";
  return `<ul class="stats">${stats.map(statistic).join("")}</ul>`;
}

function statistic(stat: ResolvedStatistic): string {
  const asOf = `<time datetime="${escapeHtml(stat.asOf.iso)}">${escapeHtml(stat.asOf.phrase)}</time>`;
  return (
    `<li${langAttributes(stat.lang)}><strong class="figure"><data value="${stat.value}">${escapeHtml(stat.phrase)}</data></strong> ` +
    `${escapeHtml(stat.measure)} ${citation(stat.citation, [asOf], "cite")}</li>`
  );
}
