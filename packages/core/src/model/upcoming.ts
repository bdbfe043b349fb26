import type { Event } from "../schema/event.js";

/** One date on which an event takes place. */
export interface Occurrence {
  event: Event;
  /** `YYYY-MM-DD` of this occurrence (the next anniversary for yearly events). */
  date: string;
  /** Last day, for events spanning several days. */
  endDate?: string;
}

/**
 * The occurrence of `event` a document dated `from` means: the event's own dates, or for a yearly
 * event the first anniversary that has not ended before `from` (a February 29 anniversary only
 * falls in leap years, as in iCalendar). The one rule every output follows.
 */
export function occurrenceOf(event: Event, from: string): Occurrence {
  if (event.recurs !== "yearly" || (event.endDate ?? event.date) >= from) return asOccurrence(event);
  const monthDay = event.date.slice(5);
  const spanDays = event.endDate ? daysBetween(event.date, event.endDate) : 0;
  const first = Number(from.slice(0, 4)) - 1;
  for (let year = first; year < first + 9; year++) {
    const date = `${String(year).padStart(4, "0")}-${monthDay}`;
    if (!isRealDate(date) || date < event.date) continue;
    const endDate = spanDays > 0 ? addDays(date, spanDays) : date;
    if (endDate < from) continue;
    return spanDays > 0 ? { event, date, endDate } : { event, date };
  }
  return asOccurrence(event);
}

/** Whether an occurrence has not ended before `from`. */
export function isUpcoming(occurrence: Occurrence, from: string): boolean {
  return (occurrence.endDate ?? occurrence.date) >= from;
}

/**
 * The occurrences of `events` on or after `from` (an ISO date, usually the document's date) and
 * no later than `until` when given, soonest first (see {@link occurrenceOf}).
 */
export function upcomingEvents(events: readonly Event[], from: string, until?: string): Occurrence[] {
  const out = events
    .map((event) => occurrenceOf(event, from))
    .filter((o) => isUpcoming(o, from) && (until === undefined || o.date <= until));
  return out.sort(byDate);
}

/** Soonest first, then by id. */
export function byDate(a: Occurrence, b: Occurrence): number {
  return a.date.localeCompare(b.date) || a.event.id.localeCompare(b.event.id);
}

function asOccurrence(event: Event): Occurrence {
  return event.endDate ? { event, date: event.date, endDate: event.endDate } : { event, date: event.date };
}

function isRealDate(iso: string): boolean {
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(iso);
}

function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** Adds `days` to an ISO date. */
export function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
