import { addDays, inlineToText, type ResolvedEvent, toText } from "@belarusbrief/core";
import { type ICalCalendar, ICalEventRepeatingFreq } from "ical-generator";
import { wallTime } from "./wall-time.js";

/**
 * Adds the occurrence `event` to `calendar`: all-day as VALUE=DATE, timed in its zone with TZID,
 * yearly with RRULE:FREQ=YEARLY from the occurrence the view resolved. `host` makes the UID unique,
 * `stamp` (`YYYY-MM-DD`) is the DTSTAMP.
 */
export function addEvent(calendar: ICalCalendar, event: ResolvedEvent, host: string, stamp: string): void {
  const url = event.url ?? event.online;
  const description = [
    event.description ? toText(event.description) : "",
    event.online && url !== event.online ? event.online : "",
    event.citation ? inlineToText(event.citation) : "",
  ];
  calendar.createEvent({
    id: `${event.id}@${host}`,
    stamp: new Date(`${stamp}T00:00:00Z`),
    summary: event.title,
    ...times(event),
    ...(event.yearly ? { repeating: { freq: ICalEventRepeatingFreq.YEARLY } } : {}),
    location: event.location ?? (event.online ? event.onlineLabel : null),
    description: description.filter(Boolean).join("\n\n") || null,
    url: url ?? null,
  });
}

function times(event: ResolvedEvent) {
  const { timing } = event;
  if (!timing) {
    // All-day: dates as UTC midnights, which ical-generator writes as VALUE=DATE with UTC getters when
    // neither event nor calendar has a time zone. DTEND is exclusive.
    return {
      allDay: true,
      start: new Date(`${event.date}T00:00:00Z`),
      end: new Date(`${addDays(event.endDate ?? event.date, 1)}T00:00:00Z`),
    };
  }
  const { timeZone, start, end } = timing;
  return {
    timezone: timeZone,
    start: wallTime(start.date, start.time, timeZone),
    end: wallTime(end.date, end.time, timeZone),
  };
}
