import type { Link, Locale, Section } from "@belarusbrief/core";
import { actionHtml } from "./action.js";
import { anchor, type HtmlContext, langAttrs } from "./context.js";
import { escapeHtml } from "./escape.js";
import { eventsHtml } from "./events.js";
import { itemHtml } from "./item.js";
import { row } from "./layout.js";
import { reportHtml } from "./report.js";
import { statisticsHtml } from "./statistics.js";

/** One section as a row, parts in the model's order: intro, statistics, items, events, actions, reports, recommendations, links. */
export function sectionHtml(ctx: HtmlContext, section: Section): string {
  const around = ctx.doc.locale;
  const locale = section.locale ?? around;
  const parts = [
    section.heading ? `<h2>${escapeHtml(section.heading)}</h2>` : "",
    section.intro ? ctx.md(section.intro) : "",
    section.statistics?.length ? statisticsHtml(ctx, section.statistics, locale) : "",
    ...(section.items ?? []).map((item) => itemHtml(ctx, item, locale)),
    section.events?.length ? eventsHtml(ctx, section.events, locale) : "",
    ...(section.actions ?? []).map((action) => actionHtml(ctx, action, locale)),
    ...(section.reports ?? []).map((report) => reportHtml(ctx, report, locale)),
    ...(section.recommendations ?? []).map(
      (rec) =>
        `<div${langAttrs(rec.locale, locale)}><h3>${escapeHtml(rec.addressee)}</h3>${rec.intro ? ctx.md(rec.intro) : ""}<ul>${rec.items.map((i) => `<li>${unwrap(ctx.md(i))}</li>`).join("")}</ul></div>`,
    ),
    section.links?.length ? linksHtml(ctx, section.links, locale) : "",
  ];
  // A section without a heading continues the one before after a rule.
  const className = section.heading ? "px" : "px rule";
  return row(parts.join(""), className, langAttrs(section.locale, around));
}

/** "Further reading": titled links with their publishers. */
export function linksHtml(ctx: HtmlContext, links: readonly Link[], around: Locale): string {
  const items = links.map((link) => {
    const title = anchor(ctx.url(link.url), escapeHtml(link.title), link.locale);
    return `<li${langAttrs(link.locale, around)}>${title}${link.source ? ` — ${escapeHtml(link.source)}` : ""}</li>`;
  });
  return `<h3>${escapeHtml(ctx.words.furtherReading)}</h3><ul>${items.join("")}</ul>`;
}

// A one-paragraph list item needs no <p> of its own.
function unwrap(html: string): string {
  const inner = html.slice(3, -4);
  return html.startsWith("<p>") && html.endsWith("</p>") && !inner.includes("<p>") ? inner : html;
}
