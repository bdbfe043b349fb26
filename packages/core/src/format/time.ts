import type { Locale } from "../schema/primitives.js";
import { zonedToUtc } from "./calendar-links.js";
import { intlLocale } from "./number.js";

/**
 * The time of an event as its readers expect it, in the event's own zone: "2:00 – 4:00 PM CT" in
 * English, "14:00–16:00 Чикаго" in Russian; Łacinka, for which Intl has no names, gets the offset
 * ("14:00 GMT-5"). `date` is the day the time is on; the end time is on `endDate` when given.
 */
export function formatTime(
  time: { date: string; time: string; endTime?: string | undefined; endDate?: string | undefined; timeZone: string },
  locale: Locale,
): string {
  const start = zonedToUtc(time.date, time.time, time.timeZone);
  const format = timeFormat(locale, time.timeZone);
  const end = time.endTime ? zonedToUtc(time.endDate ?? time.date, time.endTime, time.timeZone) : undefined;
  const text = end && end.getTime() > start.getTime() ? format.formatRange(start, end) : format.format(start);
  // ICU versions differ in the thin and narrow spaces they put around "–" and before "PM": plain
  // spaces keep the output the same on every machine.
  return text.replace(/[\u00a0\u2009\u202f]/g, " ");
}

// One formatter per language and zone: creating one costs far more than using it.
const formats = new Map<string, Intl.DateTimeFormat>();

function timeFormat(locale: Locale, timeZone: string): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}`;
  let format = formats.get(key);
  if (!format) {
    const english = locale === "en";
    format = new Intl.DateTimeFormat(english ? "en-US" : intlLocale(locale), {
      timeZone,
      hour: english ? "numeric" : "2-digit",
      minute: "2-digit",
      hourCycle: english ? "h12" : "h23",
      timeZoneName: locale === "be-Latn" ? "short" : "shortGeneric",
    });
    formats.set(key, format);
  }
  return format;
}
