import { formatDate, type Locale, messages, type Occurrence } from "@belarusbrief/core";

/** "March 25, 2030 · every year", "February 14, 2030, 12:00–14:00 (America/Chicago)". */
export function eventWhen(occurrence: Occurrence, locale: Locale): string {
  const e = occurrence.event;
  let when = formatDate(occurrence.date, locale);
  if (occurrence.endDate) when += ` – ${formatDate(occurrence.endDate, locale)}`;
  if (e.time) when += `, ${e.time}${e.endTime ? `–${e.endTime}` : ""} (${e.timeZone})`;
  if (e.recurs === "yearly") when += ` · ${messages(locale).everyYear}`;
  return when;
}
