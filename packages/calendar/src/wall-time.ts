import { addDays } from "@belarusbrief/core";
import type { ICalDateTimeValue } from "ical-generator";

/**
 * A wall-clock time in the shape of a `Temporal.PlainDateTime`, which ical-generator writes as
 * `DTSTART;TZID=…:YYYYMMDDTHHMMSS` without consulting the machine's time zone (a `Date` would be
 * read with the build machine's local clock). Node 20 has no Temporal, so this is a minimal stand-in.
 */
export function wallTime(date: string, time: string, zone: string): ICalDateTimeValue {
  const [year = 0, month = 1, day = 1] = date.split("-").map(Number);
  const [hour = 0, minute = 0] = time.split(":").map(Number);
  const plain = {
    year,
    month,
    day,
    hour,
    minute,
    second: 0,
    toPlainDate: () => ({ year, month, day }),
    toZonedDateTime: () => zoned,
  };
  const zoned = {
    ...plain,
    timeZoneId: zone,
    toPlainDateTime: () => plain,
    withTimeZone: () => zoned,
    toInstant: () => ({
      epochMilliseconds: Date.UTC(year, month - 1, day, hour, minute) - offsetMinutes(date, time, zone) * 60_000,
    }),
  };
  return plain as unknown as ICalDateTimeValue;
}

/** `date` plus `minutes`, as `[YYYY-MM-DD, HH:MM]` on the same wall clock. */
export function addMinutes(date: string, time: string, minutes: number): [string, string] {
  const [h = 0, m = 0] = time.split(":").map(Number);
  const total = h * 60 + m + minutes;
  const days = Math.floor(total / 1440);
  const rest = total - days * 1440;
  return [
    addDays(date, days),
    `${String(Math.floor(rest / 60)).padStart(2, "0")}:${String(rest % 60).padStart(2, "0")}`,
  ];
}

/** The UTC offset of `zone` at that wall-clock time, in minutes (e.g. -360 for Chicago in winter). */
export function offsetMinutes(date: string, time: string, zone: string): number {
  const [y = 0, mo = 1, d = 1] = date.split("-").map(Number);
  const [h = 0, mi = 0] = time.split(":").map(Number);
  const guess = Date.UTC(y, mo - 1, d, h, mi);
  const first = offsetAt(guess, zone);
  const second = offsetAt(guess - first * 60_000, zone);
  return second;
}

function offsetAt(instant: number, zone: string): number {
  const name = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "longOffset" })
    .formatToParts(new Date(instant))
    .find((part) => part.type === "timeZoneName")?.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name ?? "");
  if (!match) return 0;
  return (match[1] === "-" ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
}
