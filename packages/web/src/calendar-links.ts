import { addDays, type Occurrence } from "@belarusbrief/core";

/**
 * Google Calendar and Outlook.com "new event" addresses for one occurrence. All-day events use
 * dates with an exclusive end; timed events are converted to UTC from the event's IANA zone, so the
 * result does not depend on the machine's zone. A timed event without an end lasts one hour.
 */
export function calendarLinks(occurrence: Occurrence): { google: string; outlook: string } {
  const { event } = occurrence;
  const last = occurrence.endDate ?? occurrence.date;
  const google: [string, string][] = [
    ["action", "TEMPLATE"],
    ["text", event.title],
  ];
  const outlook: [string, string][] = [["subject", event.title]];
  if (event.time && event.timeZone) {
    const start = toUtc(occurrence.date, event.time, event.timeZone);
    const end = event.endTime ? toUtc(last, event.endTime, event.timeZone) : start + 3_600_000;
    google.push(["dates", `${basic(start)}/${basic(end)}`]);
    outlook.push(["startdt", iso(start)], ["enddt", iso(end)]);
  } else {
    google.push(["dates", `${occurrence.date.replaceAll("-", "")}/${addDays(last, 1).replaceAll("-", "")}`]);
    outlook.push(["startdt", occurrence.date], ["enddt", addDays(last, 1)], ["allday", "true"]);
  }
  if (event.recurs === "yearly") google.push(["recur", "RRULE:FREQ=YEARLY"]);
  const where = event.location ?? event.online;
  if (where) {
    google.push(["location", where]);
    outlook.push(["location", where]);
  }
  return {
    google: `https://calendar.google.com/calendar/render?${query(google)}`,
    outlook: `https://outlook.live.com/calendar/0/action/compose?${query(outlook)}`,
  };
}

/** Milliseconds since the epoch of a wall-clock time in an IANA zone. */
function toUtc(date: string, time: string, timeZone: string): number {
  const wall = Date.parse(`${date}T${time}:00Z`);
  // A second pass settles the offset when the first guess falls on the other side of a DST change.
  let utc = wall;
  for (let i = 0; i < 2; i++) utc = wall - offset(utc, timeZone);
  return utc;
}

function offset(instant: number, timeZone: string): number {
  const f = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  });
  const p = Object.fromEntries(f.formatToParts(instant).map((x) => [x.type, Number(x.value)]));
  return Date.UTC(p.year ?? 0, (p.month ?? 1) - 1, p.day, p.hour, p.minute, p.second) - instant;
}

function iso(ms: number): string {
  return new Date(ms).toISOString().replace(".000Z", "Z");
}

function basic(ms: number): string {
  return iso(ms).replace(/[-:]/g, "");
}

// encodeURIComponent writes spaces as %20: Outlook shows URLSearchParams' "+" literally.
function query(pairs: [string, string][]): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is removed
  return pairs.map(([k, v]) => `${k}=${encodeURIComponent(v.replace(/[\u0000-\u001f\u007f-\u009f]/g, ""))}`).join("&");
}
