import type { Locale, Section } from "@belarusbrief/core";
import { type Context, langAttr } from "../context.js";
import { escapeHtml } from "../escape.js";
import { markdownBlock } from "../markdown.js";
import { actions } from "./actions.js";
import { events } from "./events.js";
import { items } from "./items.js";
import { links } from "./links.js";
import { recommendations } from "./recommendations.js";
import { reports } from "./reports.js";
import { statistics } from "./statistics.js";

/**
 * A section in the model's order: intro, statistics, items, events, actions, reports,
 * recommendations, links. With a heading it is a `<section>` with an `<h2>`; without, it continues
 * after a rule and its sub-headings move up a level so the outline has no gaps.
 */
export function section(ctx: Context, s: Section, index: number, around: Locale, docDate: string): string {
  const locale = s.locale ?? around;
  const level = s.heading ? 3 : 2;
  const body = [
    s.intro ? markdownBlock(s.intro) : "",
    statistics(s.statistics, locale, docDate),
    items(s.items, locale),
    events(ctx, s.events, locale, docDate),
    actions(s.actions, locale, level),
    reports(s.reports, locale, level),
    recommendations(s.recommendations, locale),
    links(s.links, locale),
  ].join("");
  const lang = langAttr(locale, around);
  if (!s.heading) return `<hr><div class="section"${lang}>${body}</div>`;
  const id = `s-${index + 1}`;
  return `<section aria-labelledby="${id}"${lang}><h2 id="${id}">${escapeHtml(s.heading)}</h2>${body}</section>`;
}
