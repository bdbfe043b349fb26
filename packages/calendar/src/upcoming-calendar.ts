import { isUpcoming, occurrenceOf, type ResolvedDocument, type ResolvedEvent } from "@belarusbrief/core";
import { type CalendarSettings, siteOf } from "./options.js";
import { writeCalendar } from "./write-calendar.js";

/**
 * One calendar, named after the site, of every event still to come on the date of the newest
 * document (never the clock), soonest first. An event id used by several documents is taken from
 * the newest one, at the occurrence its view resolved.
 */
export function renderUpcomingCalendar(
  documents: readonly ResolvedDocument[],
  settings: CalendarSettings = {},
): string {
  const site = siteOf(settings);
  const newest = [...documents].sort((a, b) => b.date.iso.localeCompare(a.date.iso) || a.id.localeCompare(b.id));
  const from = newest[0]?.date.iso;
  if (!from)
    throw new Error("[@belarusbrief/calendar] renderUpcomingCalendar needs at least one document; pass the archive");
  const byId = new Map<string, ResolvedEvent>();
  for (const doc of newest) for (const event of doc.all.events) if (!byId.has(event.id)) byId.set(event.id, event);
  // Core's rule decides what is still to come on a later document's date than the event's own.
  const next = (event: ResolvedEvent) => occurrenceOf(event.event, from);
  const events = [...byId.values()]
    .filter((event) => isUpcoming(next(event), from))
    .sort((a, b) => next(a).date.localeCompare(next(b).date) || a.id.localeCompare(b.id));
  return writeCalendar(events, { name: site.title, host: new URL(site.baseUrl).hostname, stamp: from });
}
