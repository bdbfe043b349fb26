import { zonedToUtc } from "@belarusbrief/core";
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
    toInstant: () => ({ epochMilliseconds: zonedToUtc(date, time, zone).getTime() }),
  };
  return plain as unknown as ICalDateTimeValue;
}
