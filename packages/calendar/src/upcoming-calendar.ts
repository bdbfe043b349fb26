import { isUpcoming, occurrenceOf, type ResolvedDocument, type ResolvedEvent } from "@belarusbrief/core";
import { type CalendarSettings, siteOf } from "./options.js";
import { writeCalendar } from "./write-calendar.js";

/**
 * What the upcoming calendar takes of one document: its id and date (the newest date decides what
 * is still to come) and its events. Plain JSON, so that a build can keep it between runs.
 */
export interface CalendarEntry {
  document: string;
  day: string;
  events: ResolvedEvent[];
}

/** A document as a {@link CalendarEntry}. */
export function calendarEntry(doc: ResolvedDocument): CalendarEntry {
  return { document: doc.id, day: doc.date.iso, events: doc.all.events };
}

/**
 * One calendar, named after the site, of every event still to come on the date of the newest
 * document (never the clock), soonest first. An event id used by several documents is taken from
 * the newest one, at the occurrence its view resolved.
 */
export function renderUpcomingCalendar(
  documents: readonly ResolvedDocument[],
  settings: CalendarSettings = {},
): string {
  return renderUpcomingCalendarOf(documents.map(calendarEntry), settings);
}

/** {@link renderUpcomingCalendar} of what the calendar took of each document, read once, front to back. */
export function renderUpcomingCalendarOf(entries: Iterable<CalendarEntry>, settings: CalendarSettings = {}): string {
  const site = siteOf(settings);
  // Each event id from the newest document that has it (ties: the smaller document id).
  const byId = new Map<string, { event: ResolvedEvent; from: CalendarEntry }>();
  let newest: CalendarEntry | undefined;
  for (const entry of entries) {
    if (!newest || newer(entry, newest)) newest = entry;
    for (const event of entry.events) {
      const known = byId.get(event.id);
      if (!known || newer(entry, known.from)) byId.set(event.id, { event, from: entry });
    }
  }
  if (!newest)
    throw new Error("[@belarusbrief/calendar] renderUpcomingCalendar needs at least one document; pass the archive");
  const from = newest.day;
  // Core's rule decides what is still to come on a later document's date than the event's own.
  const next = (event: ResolvedEvent) => occurrenceOf(event.event, from);
  const events = [...byId.values()]
    .map(({ event }) => event)
    .filter((event) => isUpcoming(next(event), from))
    .sort((a, b) => next(a).date.localeCompare(next(b).date) || a.id.localeCompare(b.id));
  return writeCalendar(events, { name: site.title, host: new URL(site.baseUrl).hostname, stamp: from });
}

/** Whether `a` comes before `b` newest first: a later date, or the same date and a smaller id. */
function newer(a: CalendarEntry, b: CalendarEntry): boolean {
  return a.day > b.day || (a.day === b.day && a.document < b.document);
}
