import { calendarLinks, type Event, type Locale, messages, type Occurrence, upcomingEvents } from "@belarusbrief/core";
import { eventWhen } from "../event-when.js";
import { anchor, type HtmlContext, langAttrs } from "./context.js";
import { escapeHtml } from "./escape.js";

/**
 * Dates, soonest first from the document's date (yearly ones at their next anniversary), each with
 * "Add to calendar" links; dates already past are listed after them, without links.
 */
export function eventsHtml(ctx: HtmlContext, events: readonly Event[], around: Locale): string {
  const upcoming = upcomingEvents(events, ctx.doc.date);
  const past = events.filter((e) => !upcoming.some((o) => o.event === e)).map((event) => ({ event, date: event.date }));
  const heading = `<h3>${escapeHtml(ctx.words.upcomingDates)}</h3>`;
  const list = [...upcoming.map((o) => event(ctx, o, around, true)), ...past.map((o) => event(ctx, o, around, false))];
  const gap = '<tr><td class="gap"></td></tr>';
  return `${heading}<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0">${list.join(gap)}</table>`;
}

function event(ctx: HtmlContext, occurrence: Occurrence, around: Locale, links: boolean): string {
  const e = occurrence.event;
  const locale = e.locale ?? around;
  const where = [e.location ? escapeHtml(e.location) : "", online(ctx, e, locale)].filter(Boolean).join(" · ");
  const more = e.url && ctx.url(e.url) ? ` ${anchor(ctx.url(e.url), escapeHtml(messages(locale).readMore))}` : "";
  const cal = links ? calendar(ctx, occurrence) : "";
  const title = `<p><strong>${escapeHtml(e.title)}</strong>${more}</p>`;
  return `<tr><td class="event"${langAttrs(e.locale, around)}><p class="when">${escapeHtml(eventWhen(occurrence, locale))}</p>${title}${where ? `<p class="meta">${where}</p>` : ""}${e.description ? ctx.md(e.description) : ""}${cal}</td></tr>`;
}

function online(ctx: HtmlContext, e: Event, locale: Locale): string {
  const href = ctx.url(e.online);
  return href ? anchor(href, escapeHtml(messages(locale).online)) : "";
}

function calendar(ctx: HtmlContext, occurrence: Occurrence): string {
  const links = calendarLinks(occurrence);
  return `<p class="meta">${escapeHtml(ctx.words.addToCalendar)}: ${anchor(links.google, "Google")} · ${anchor(links.outlook, "Outlook")}</p>`;
}
