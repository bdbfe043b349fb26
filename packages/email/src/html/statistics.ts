import { formatAsOf, formatStatistic, type Locale, messages, type Statistic } from "@belarusbrief/core";
import { type HtmlContext, langAttrs } from "./context.js";
import { escapeHtml } from "./escape.js";
import { sourceHtml } from "./source.js";

/**
 * Statistics as a shaded band of big numbers, two side by side on wide screens and stacked on
 * phones (inline-block columns, so it stacks even where @media is ignored; a ghost table for Outlook).
 */
export function statisticsHtml(ctx: HtmlContext, stats: readonly Statistic[], around: Locale): string {
  const cells: string[] = [];
  stats.forEach((stat, i) => {
    const ghost =
      i === 0 ? "" : i % 2 === 0 ? '</td></tr><tr><td width="50%" valign="top">' : '</td><td width="50%" valign="top">';
    if (ghost) cells.push(`<!--[if mso]>${ghost}<![endif]-->`);
    cells.push(
      `<div class="col"${langAttrs(stat.locale, around)}>${statistic(ctx, stat, stat.locale ?? around)}</div>`,
    );
  });
  return `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td class="stats"><!--[if mso]><table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td width="50%" valign="top"><![endif]-->${cells.join("")}<!--[if mso]></td></tr></table><![endif]--></td></tr></table><div class="sp">&nbsp;</div>`;
}

function statistic(ctx: HtmlContext, stat: Statistic, locale: Locale): string {
  const phrase = formatStatistic(stat, locale);
  const asOf = escapeHtml(formatAsOf(stat.asOf ?? ctx.doc.date, locale));
  const source = stat.source ? ` · ${escapeHtml(messages(locale).source)}: ${sourceHtml(ctx, stat.source)}` : "";
  return `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td class="stat"><p class="num">${escapeHtml(phrase.value)}</p><p class="measure">${escapeHtml(stat.measure)}</p><p class="meta">${asOf}${source}</p></td></tr></table>`;
}
