import { calendarLinks, type Event, type Locale, upcomingEvents } from "@belarusbrief/core";
import { type Context, hrefTo, langAttr, words } from "../context.js";
import { escapeHtml } from "../escape.js";
import { markdownBlock } from "../markdown.js";
import { safeHref } from "../urls.js";
import { sourceName } from "./cite.js";
import { time } from "./time.js";

/**
 * Dated events as a list: title, when (with `every year` for commemorations), where, and for each
 * date still ahead of the document's date the "add to calendar" links (.ics, Google, Outlook).
 */
export function events(ctx: Context, list: readonly Event[] | undefined, around: Locale, docDate: string): string {
  if (!list?.length) return "";
  return `<ul class="events">${list.map((e) => oneEvent(ctx, e, around, docDate)).join("")}</ul>`;
}

function oneEvent(ctx: Context, event: Event, around: Locale, docDate: string): string {
  const locale = event.locale ?? around;
  const w = words(locale);
  const online = safeHref(event.online);
  const where = [
    event.location && escapeHtml(event.location),
    online && `<a href="${escapeHtml(online)}">${escapeHtml(w.online)}</a>`,
  ].filter(Boolean);
  const title = safeHref(event.url)
    ? `<a href="${escapeHtml(safeHref(event.url) ?? "")}">${escapeHtml(event.title)}</a>`
    : escapeHtml(event.title);
  const head = [`<strong>${title}</strong>`, when(event, locale), ...where].join(" · ");
  const source = event.source ? ` (${escapeHtml(w.via)} ${sourceName(event.source, locale)})` : "";
  const description = event.description ? markdownBlock(event.description) : "";
  return `<li${langAttr(locale, around)}><p>${head}${source}</p>${description}${addToCalendar(ctx, event, locale, docDate)}</li>`;
}

function when(event: Event, locale: Locale): string {
  let text = time(event.date, locale);
  if (event.endDate) text += `–${time(event.endDate, locale)}`;
  if (event.time) {
    const hours = event.endTime ? `${event.time}–${event.endTime}` : event.time;
    text += `, ${escapeHtml(hours)} (${escapeHtml(event.timeZone ?? "")})`;
  }
  return event.recurs === "yearly" ? `${text} (${escapeHtml(words(locale).everyYear)})` : text;
}

function addToCalendar(ctx: Context, event: Event, locale: Locale, docDate: string): string {
  const occurrence = upcomingEvents([event], docDate)[0];
  if (!occurrence) return "";
  const links = calendarLinks(occurrence);
  const ics = ctx.doc ? ctx.options.calendars[ctx.doc.id] : undefined;
  const items = [
    ics && `<a href="${escapeHtml(hrefTo(ctx, ics))}" type="text/calendar">iCalendar (.ics)</a>`,
    `<a href="${escapeHtml(links.google)}">Google Calendar</a>`,
    `<a href="${escapeHtml(links.outlook)}">Outlook.com</a>`,
  ].filter(Boolean);
  return `<p class="add">${escapeHtml(words(locale).addToCalendar)}: ${items.join(" · ")}</p>`;
}
