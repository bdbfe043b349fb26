import { langAttributes, type ResolvedSection } from "@belarusbrief/core";
import { actionHtml } from "./action.js";
import { type HtmlContext, rich } from "./context.js";
import { eventsHtml } from "./events.js";
import { headingHtml } from "./heading.js";
import { itemHtml } from "./item.js";
import { row } from "./layout.js";
import { linksHtml } from "./links.js";
import { recommendationHtml } from "./recommendation.js";
import { reportHtml } from "./report.js";
import { statisticsHtml } from "./statistics.js";

/** One section as a row, its parts in the view's order; headings at the levels the view gives. */
export function sectionHtml(ctx: HtmlContext, section: ResolvedSection): string {
  const inner = section.innerLevel;
  const parts = [
    section.richHeading ? headingHtml(section.level, section.richHeading, "section") : "",
    section.intro ? rich(section.intro) : "",
    section.statistics.length ? statisticsHtml(section.statistics) : "",
    ...section.items.map(itemHtml),
    section.events.length ? eventsHtml(ctx, section.events, inner) : "",
    ...section.actions.map((action) => actionHtml(action, inner)),
    ...section.reports.map((report) => reportHtml(report, inner)),
    ...section.recommendations.map((rec) => recommendationHtml(rec, inner)),
    section.links.length ? linksHtml(ctx.words.furtherReading, inner, section.links) : "",
  ];
  // A section without a heading continues the one before after a rule.
  return row(parts.join(""), section.heading ? "px" : "px rule", langAttributes(section.lang));
}
