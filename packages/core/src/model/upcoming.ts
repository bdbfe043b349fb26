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
 * The occurrences of `events` on or after `from` (an ISO date, usually the document's date) and
 * no later than `until` when given, sorted by date. Yearly events yield their next anniversary;
 * a February 29 anniversary only falls in leap years, as in iCalendar.
 */
export function upcomingEvents(events: readonly Event[], from: string, until?: string): Occurrence[] {
  const out: Occurrence[] = [];
  for (const event of events) {
    const occurrence = event.recurs === "yearly" ? nextAnniversary(event, from) : asOccurrence(event);
    if (occurrence === undefined) continue;
    if ((occurrence.endDate ?? occurrence.date) < from) continue;
    if (until !== undefined && occurrence.date > until) continue;
    out.push(occurrence);
  }
  return out.sort((a, b) => a.date.localeCompare(b.date) || a.event.id.localeCompare(b.event.id));
}

function asOccurrence(event: Event): Occurrence {
  return event.endDate ? { event, date: event.date, endDate: event.endDate } : { event, date: event.date };
}

function nextAnniversary(event: Event, from: string): Occurrence | undefined {
  if (event.date >= from) return asOccurrence(event);
  const monthDay = event.date.slice(5);
  const spanDays = event.endDate ? daysBetween(event.date, event.endDate) : 0;
  for (let year = Number(from.slice(0, 4)); year < Number(from.slice(0, 4)) + 9; year++) {
    const date = `${year}-${monthDay}`;
    if (!isRealDate(date) || date < from) continue;
    return spanDays > 0 ? { event, date, endDate: addDays(date, spanDays) } : { event, date };
  }
  return undefined;
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
