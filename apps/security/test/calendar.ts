import { addDays, type ResolvedDocument } from "@belarusbrief/core";
import type ICAL from "ical.js";
import { BASE_URL } from "./adapters.js";

const HOST = new URL(BASE_URL).hostname;

/**
 * How a document's calendar differs from the view in what a calendar holds as data: each event of
 * `doc.all.events`, in order, with its UID, its start and end (the occurrence the view resolved:
 * all-day with an exclusive end, or timed on its zone's clock) and a yearly rule when it recurs.
 */
export function calendarMismatches(calendar: ICAL.Component, doc: ResolvedDocument): string[] {
  const vevents = calendar.getAllSubcomponents("vevent");
  const out: string[] = [];
  if (vevents.length !== doc.all.events.length)
    out.push(`${vevents.length} VEVENTs for ${doc.all.events.length} events`);
  doc.all.events.forEach((e, i) => {
    const vevent = vevents[i];
    if (!vevent) return;
    const where = `events[${i}] (${e.id})`;
    const uid = String(vevent.getFirstPropertyValue("uid"));
    if (uid !== `${e.id}@${HOST}`) out.push(`${where}: UID ${uid}`);
    const start = vevent.getFirstPropertyValue("dtstart") as ICAL.Time;
    const end = vevent.getFirstPropertyValue("dtend") as ICAL.Time | null;
    const tzid = vevent.getFirstProperty("dtstart")?.getParameter("tzid");
    // A time in UTC is written as UTC (…Z), any other zone with its TZID.
    const utc = e.timing?.timeZone === "UTC";
    const expected = e.timing
      ? {
          start: `${e.timing.start.date}T${e.timing.start.time}:00${utc ? "Z" : ""}`,
          end: `${e.timing.end.date}T${e.timing.end.time}:00${utc ? "Z" : ""}`,
          tzid: utc ? undefined : e.timing.timeZone,
        }
      : { start: e.date, end: addDays(e.endDate ?? e.date, 1), tzid: undefined };
    const actual = { start: start.toString(), end: end?.toString(), tzid: typeof tzid === "string" ? tzid : undefined };
    if (JSON.stringify(actual) !== JSON.stringify(expected))
      out.push(`${where}: ${JSON.stringify(actual)}, the view says ${JSON.stringify(expected)}`);
    const yearly = vevent.getFirstPropertyValue("rrule") !== null;
    if (yearly !== e.yearly) out.push(`${where}: ${yearly ? "a" : "no"} yearly rule`);
  });
  return out;
}
