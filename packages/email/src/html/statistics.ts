import { langAttributes, type ResolvedStatistic } from "@belarusbrief/core";
import { esc, phrase, styled } from "./context.js";
import { LAYOUT_TABLE } from "./layout.js";
import { STYLE } from "./style.js";

/**
 * Statistics as a shaded band of big numbers, two side by side on wide screens and stacked on
 * phones (inline-block columns, so it stacks even where @media is ignored; a ghost table for Outlook).
 */
export function statisticsHtml(stats: readonly ResolvedStatistic[]): string {
  const cells: string[] = [];
  stats.forEach((stat, i) => {
    const ghost =
      i === 0 ? "" : i % 2 === 0 ? '</td></tr><tr><td width="50%" valign="top">' : '</td><td width="50%" valign="top">';
    if (ghost) cells.push(`<!--[if mso]>${ghost}<![endif]-->`);
    cells.push(`<div${styled(STYLE.col, "col")}${langAttributes(stat.lang)}>${statistic(stat)}</div>`);
  });
  return `<table ${LAYOUT_TABLE}><tr><td${styled(STYLE.stats, "stats")}><!--[if mso]><table ${LAYOUT_TABLE}><tr><td width="50%" valign="top"><![endif]-->${cells.join("")}<!--[if mso]></td></tr></table><![endif]--></td></tr></table><div${styled(STYLE.spacer, "sp")}>&nbsp;</div>`;
}

function statistic(stat: ResolvedStatistic): string {
  const meta = [esc(stat.asOf.phrase), stat.citation ? phrase(stat.citation) : ""].filter(Boolean).join(" · ");
  return `<table ${LAYOUT_TABLE}><tr><td${styled(STYLE.stat, "stat")}><p${styled(STYLE.num, "num")}>${esc(stat.phrase)}</p><p${styled(STYLE.measure, "measure")}>${esc(stat.measure)}</p><p${styled(STYLE.meta, "meta")}>${meta}</p></td></tr></table>`;
}
