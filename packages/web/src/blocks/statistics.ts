import { formatAsOf, formatStatistic, type Locale, type Statistic } from "@belarusbrief/core";
import { langAttr, words } from "../context.js";
import { escapeHtml } from "../escape.js";
import { sourceName } from "./cite.js";

/**
 * Statistics as a list: the qualified number, what it measures, and always when it was true
 * (its `asOf`, else the document's date) and who says so.
 */
export function statistics(stats: readonly Statistic[] | undefined, around: Locale, docDate: string): string {
  if (!stats?.length) return "";
  return `<ul class="stats">${stats.map((s) => statistic(s, around, docDate)).join("")}</ul>`;
}

function statistic(stat: Statistic, around: Locale, docDate: string): string {
  const locale = stat.locale ?? around;
  const phrase = formatStatistic(stat, locale);
  const asOf = `<time datetime="${stat.asOf ?? docDate}">${escapeHtml(formatAsOf(stat.asOf ?? docDate, locale))}</time>`;
  const source = stat.source ? `${escapeHtml(words(locale).source)}: ${sourceName(stat.source, locale)}, ` : "";
  return (
    `<li${langAttr(locale, around)}><strong class="figure"><data value="${stat.value}">${escapeHtml(phrase.value)}</data></strong> ` +
    `${escapeHtml(stat.measure)} <span class="cite">(${source}${asOf})</span></li>`
  );
}
