import { findDates, isoDate, yearsIn } from "../text/dates.js";

/** A publication date and how it was found. */
export interface DocumentDate {
  date: string;
  /** Why this date, for the editor; undefined when the text states it outright. */
  guess?: string;
}

/**
 * The publication date of a press release, statement or appeal, which rarely states one: the
 * latest full date in the text when no later year is mentioned ("as of
 * June 7, 2021"); else the first day and month the text names ("On May 21st") in the latest year
 * it mentions, links included. Undefined when the text has neither a day nor a year.
 */
export function documentDate(text: string): DocumentDate | undefined {
  const dates = findDates(text);
  const latestYear = yearsIn(text).reduce((a, b) => Math.max(a, b), 0);
  const full = dates
    .filter((d) => d.day !== undefined && d.year !== undefined)
    .map((d) => ({ iso: isoDate(d.year ?? 0, d.month, d.day ?? 0), text: d.text }))
    .filter((d): d is { iso: string; text: string } => d.iso !== undefined)
    .sort((a, b) => a.iso.localeCompare(b.iso))
    .at(-1);
  if (full && Number(full.iso.slice(0, 4)) >= latestYear)
    return { date: full.iso, guess: `the latest date the text mentions ("${full.text}"); check` };
  const dayMonth = dates.find((d) => d.day !== undefined && d.year === undefined);
  if (dayMonth?.day && latestYear > 0) {
    const iso = isoDate(latestYear, dayMonth.month, dayMonth.day);
    if (iso)
      return {
        date: iso,
        guess: `"${dayMonth.text}" in ${latestYear}, the latest year the text mentions; check the year`,
      };
  }
  return undefined;
}
