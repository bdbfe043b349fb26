import { timingOf } from "../model/timing.js";
import { addDays, type Occurrence } from "../model/upcoming.js";

/** "Add to calendar" addresses for one occurrence of an event. */
export interface CalendarLinks {
  google: string;
  outlook: string;
}

/**
 * Google Calendar and Outlook.com "new event" links for an occurrence. All-day events use dates
 * (end exclusive for Google); timed events are converted to UTC with the event's IANA zone, so the
 * result does not depend on the machine's zone. The end is the one `timingOf` gives.
 */
export function calendarLinks(occurrence: Occurrence, details?: string): CalendarLinks {
  const { event } = occurrence;
  const where = clean(event.location ?? event.online ?? "");
  const title = clean(event.title);
  const google = new URLSearchParams({ action: "TEMPLATE", text: title });
  const outlook = new URLSearchParams({ subject: title });
  const timing = timingOf(occurrence);
  if (timing) {
    const start = zonedToUtc(timing.start.date, timing.start.time, timing.timeZone);
    const end = zonedToUtc(timing.end.date, timing.end.time, timing.timeZone);
    google.set("dates", `${compact(start)}/${compact(end)}`);
    outlook.set("startdt", start.toISOString().replace(".000Z", "Z"));
    outlook.set("enddt", end.toISOString().replace(".000Z", "Z"));
  } else {
    const last = occurrence.endDate ?? occurrence.date;
    google.set("dates", `${occurrence.date.replaceAll("-", "")}/${addDays(last, 1).replaceAll("-", "")}`);
    outlook.set("startdt", occurrence.date);
    outlook.set("enddt", addDays(last, 1));
    outlook.set("allday", "true");
  }
  if (event.recurs === "yearly") google.set("recur", "RRULE:FREQ=YEARLY");
  if (details) {
    google.set("details", clean(details, true));
    outlook.set("body", clean(details, true));
  }
  if (where) {
    google.set("location", where);
    outlook.set("location", where);
  }
  return {
    google: `https://calendar.google.com/calendar/render?${encode(google)}`,
    outlook: `https://outlook.live.com/calendar/0/action/compose?${encode(outlook)}`,
  };
}

/** The UTC instant of a wall-clock time in an IANA zone. */
export function zonedToUtc(date: string, time: string, timeZone: string): Date {
  const guess = new Date(`${date}T${time}:00Z`);
  // Two passes settle the offset even when the guess lands on the other side of a DST change.
  let utc = guess.getTime();
  for (let i = 0; i < 2; i++) utc = guess.getTime() - offsetOf(new Date(utc), timeZone);
  return new Date(utc);
}

function offsetOf(instant: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return wall - instant.getTime();
}

// Control characters mean nothing in a calendar title and some clients reject them.
function clean(text: string, keepNewlines = false): string {
  if (!CONTROL.test(text)) return text;
  return [...text].filter((ch) => !isControl(ch) || (keepNewlines && ch === "\n")).join("");
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is looked for
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

function isControl(ch: string): boolean {
  const code = ch.codePointAt(0) ?? 0;
  return code < 0x20 || (code >= 0x7f && code <= 0x9f);
}

function compact(date: Date): string {
  return date.toISOString().replace(/[-:]/g, "").replace(".000", "");
}

// URLSearchParams writes spaces as "+", which Outlook shows literally; %20 works in both.
function encode(params: URLSearchParams): string {
  return params.toString().replaceAll("+", "%20");
}
