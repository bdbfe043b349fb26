import { escapeHtml, langAttributes, messages, type ResolvedEvent, titleToHtml, toHtml } from "@belarusbrief/core";
import { type Context, hrefTo } from "../context.js";
import { citation } from "./cite.js";

/**
 * Dated events as a list: the title, when (the occurrence the document means, its time and
 * recurrence), where, the source, the description, and for an upcoming occurrence the "add to
 * calendar" links (the document's .ics, Google, Outlook).
 */
export function events(ctx: Context, list: readonly ResolvedEvent[]): string {
  if (list.length === 0) return "";
  return `<ul class="events">${list.map((e) => event(ctx, e)).join("")}</ul>`;
}

function event(ctx: Context, e: ResolvedEvent): string {
  const words = messages(e.locale);
  const title = e.url ? `<a href="${escapeHtml(e.url)}">${titleToHtml(e.richTitle)}</a>` : titleToHtml(e.richTitle);
  const when = `<time datetime="${escapeHtml(e.date)}">${escapeHtml(e.when)}</time>`;
  const where = [
    e.location ? escapeHtml(e.location) : "",
    e.online ? `<a href="${escapeHtml(e.online)}">${escapeHtml(words.online)}</a>` : "",
  ];
  const line = [`<strong>${title}</strong>`, when, ...where].filter(Boolean).join(" · ");
  const source = e.citation ? ` ${citation(e.citation)}` : "";
  const description = e.description ? toHtml(e.description) : "";
  return `<li${langAttributes(e.lang)}><p>${line}${source}</p>${description}${addToCalendar(ctx, e)}</li>`;
}

function addToCalendar(ctx: Context, e: ResolvedEvent): string {
  if (!e.calendar) return "";
  const ics = ctx.doc ? ctx.plan.links.documentCalendar(ctx.doc.id) : undefined;
  const links = [
    ics ? `<a href="${escapeHtml(hrefTo(ctx, ics.path))}" type="text/calendar">iCalendar (.ics)</a>` : "",
    `<a href="${escapeHtml(e.calendar.google)}">Google Calendar</a>`,
    `<a href="${escapeHtml(e.calendar.outlook)}">Outlook.com</a>`,
  ].filter(Boolean);
  return `<p class="add">${escapeHtml(messages(e.locale).addToCalendar)}: ${links.join(" · ")}</p>`;
}
