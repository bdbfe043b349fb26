import { langAttributes, type ResolvedSection, titleToHtml, toHtml } from "@belarusbrief/core";
import type { Context } from "../context.js";
import { actions } from "./actions.js";
import { events } from "./events.js";
import { items } from "./items.js";
import { links } from "./links.js";
import { recommendations } from "./recommendations.js";
import { reports } from "./reports.js";
import { statistics } from "./statistics.js";

/**
 * A section in reading order: intro, statistics, items, events, actions, reports,
 * recommendations, links. With a heading it is a `<section>` labelled by it; without, it continues
 * after a rule. Heading levels are the view's.
 */
export function section(ctx: Context, s: ResolvedSection, anchor: string): string {
  const body = [
    s.intro ? toHtml(s.intro) : "",
    statistics(s.statistics),
    items(s.items),
    events(ctx, s.events),
    actions(s.actions, s.innerLevel),
    reports(s.reports, s.innerLevel),
    recommendations(s.recommendations),
    links(s.links),
  ].join("");
  const lang = langAttributes(s.lang);
  if (!s.richHeading) return `<hr><div class="section"${lang}>${body}</div>`;
  return `<section aria-labelledby="${anchor}"${lang}><h${s.level} id="${anchor}">${titleToHtml(s.richHeading)}</h${s.level}>${body}</section>`;
}
