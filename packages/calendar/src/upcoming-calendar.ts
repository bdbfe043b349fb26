import { collect, type Document, type Event, upcomingEvents } from "@belarusbrief/core";
import type { CalendarOptions } from "./options.js";
import { renderCalendar } from "./render-calendar.js";

/**
 * One calendar of every event still to come on the date of the newest document (never the clock).
 * An event id used by several documents is taken from the newest one.
 */
export function renderUpcomingCalendar(documents: readonly Document[], options: CalendarOptions): string {
  const newest = [...documents].sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
  const from = options.stamp ?? newest[0]?.date;
  if (!from) throw new Error("[@belarusbrief/feeds] renderUpcomingCalendar needs documents or options.stamp");
  const byId = new Map<string, Event>();
  for (const doc of newest)
    for (const { value } of collect(doc).events) if (!byId.has(value.id)) byId.set(value.id, value);
  const events = upcomingEvents([...byId.values()], from).map((occurrence) => occurrence.event);
  return renderCalendar(events, { ...options, stamp: from, title: options.title ?? "BelarusBrief" });
}
