import { addDays, type Event, isPlaceholderUrl } from "@belarusbrief/core";
import { type ICalCalendar, ICalEventRepeatingFreq } from "ical-generator";
import { httpUrl } from "./clean.js";
import { markdownToHtml } from "./markdown.js";
import { htmlToText } from "./sanitize.js";
import { addMinutes, wallTime } from "./wall-time.js";

/** Length given to a timed event without an end time. */
export const DEFAULT_MINUTES = 60;

/** Adds `event` to `calendar`: all-day as VALUE=DATE, timed with TZID, yearly with RRULE:FREQ=YEARLY. */
export function addEvent(calendar: ICalCalendar, event: Event, uidDomain: string, stamp: string): void {
  const url = [event.url, event.online].find((u) => u !== undefined && !isPlaceholderUrl(u) && httpUrl(u));
  const description = [
    event.description ? htmlToText(markdownToHtml(event.description)) : "",
    event.online && url === event.online ? "" : (event.online ?? ""),
  ];
  calendar.createEvent({
    id: `${event.id}@${uidDomain}`,
    stamp: new Date(`${stamp}T00:00:00Z`),
    summary: event.title,
    ...times(event),
    ...(event.recurs === "yearly" ? { repeating: { freq: ICalEventRepeatingFreq.YEARLY } } : {}),
    location: event.location ?? (event.online ? "Online" : null),
    description: description.filter(Boolean).join("\n") || null,
    url: httpUrl(url) ?? null,
  });
}

function times(event: Event) {
  if (!event.time || !event.timeZone) {
    // All-day: dates as UTC midnights, which ical-generator writes as VALUE=DATE with UTC getters when
    // neither event nor calendar has a time zone. DTEND is exclusive.
    return {
      allDay: true,
      start: new Date(`${event.date}T00:00:00Z`),
      end: new Date(`${addDays(event.endDate ?? event.date, 1)}T00:00:00Z`),
    };
  }
  const [endDate, endTime] = event.endTime
    ? [event.endDate ?? event.date, event.endTime]
    : addMinutes(event.date, event.time, DEFAULT_MINUTES);
  return {
    timezone: event.timeZone,
    start: wallTime(event.date, event.time, event.timeZone),
    end: wallTime(endDate, endTime, event.timeZone),
  };
}
