// biome-ignore-all lint/suspicious/noExplicitAny: ical.js's design tables are untyped
import {
  Document,
  type DocumentInput,
  type Event,
  formatDate,
  formatTime,
  type ResolvedDocument,
  resolve,
  Site,
} from "@belarusbrief/core";
import { fixture, TEST_SITE } from "@belarusbrief/testkit";
import ICAL from "ical.js";

/** The site the tests render for, with defaults applied. */
export const SITE = Site.parse(TEST_SITE);
export const HOST = new URL(SITE.baseUrl).hostname;

// ical.js does not know NAME (RFC 7986) or X-WR-CALNAME and would return them still escaped; both are TEXT.
for (const name of ["name", "x-wr-calname"]) (ICAL.design.icalendar.property as any)[name] = { defaultType: "text" };

/** A document input validated by the model and resolved for {@link SITE}, as a build resolves it. */
export function resolved(input: DocumentInput): ResolvedDocument {
  return resolve(Document.parse(input), { baseUrl: SITE.baseUrl, pagesUrl: SITE.pagesUrl });
}

/** full-brief with its first event patched. */
export function briefWithEvent(patch: Partial<Event>, date?: string): ResolvedDocument {
  const input = structuredClone(fixture("full-brief")) as any;
  const section = input.sections.find((s: any) => s.events?.length);
  Object.assign(section.events[0], patch);
  // The first year belongs to a yearly date only.
  if (section.events[0].recurs !== "yearly") delete section.events[0].since;
  return resolved(date ? { ...input, date } : input);
}

/** A calendar as ical.js reads it, with its VTIMEZONEs registered so that times resolve to instants. */
export function parseCalendar(ics: string): ICAL.Component {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const zone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(zone);
  return calendar;
}

/** The events of a calendar as ical.js reads them. */
export function vevents(ics: string): ICAL.Event[] {
  return parseCalendar(ics)
    .getAllSubcomponents("vevent")
    .map((v) => new ICAL.Event(v));
}

/**
 * What a calendar app shows of each event of `ics`, read by ical.js: summary, location,
 * description, and when — the start date (and last day) with core's `formatDate`, and for timed
 * events the start time alone (as an agenda lists it) and the span (as the event's page shows it)
 * with core's `formatTime`, all in the event's language (found in `doc` by UID).
 */
export function calendarText(ics: string, doc: ResolvedDocument): string {
  return vevents(ics)
    .map((event) => {
      const locale = doc.all.events.find((e) => `${e.id}@${HOST}` === event.uid)?.locale ?? doc.locale;
      return [event.summary, event.location, event.description, when(event, locale)].filter(Boolean).join(" ");
    })
    .join("\n");
}

function when(event: ICAL.Event, locale: ResolvedDocument["locale"]): string {
  const start = event.startDate;
  const end = event.endDate;
  const day = (time: ICAL.Time) => time.toString().slice(0, 10);
  if (start.isDate) {
    // DTEND of an all-day event is the day after its last.
    const last = end.clone();
    last.adjust(-1, 0, 0, 0);
    const [first, final] = [day(start), day(last)];
    return first === final ? formatDate(first, locale) : `${formatDate(first, locale)} – ${formatDate(final, locale)}`;
  }
  const timeZone = start.zone?.tzid ?? "UTC";
  const clock = (time: ICAL.Time) => time.toString().slice(11, 16);
  const dates =
    day(start) === day(end)
      ? formatDate(day(start), locale)
      : `${formatDate(day(start), locale)} – ${formatDate(day(end), locale)}`;
  const at = formatTime({ date: day(start), time: clock(start), timeZone }, locale);
  const span = formatTime(
    { date: day(start), time: clock(start), endDate: day(end), endTime: clock(end), timeZone },
    locale,
  );
  return `${dates}, ${at}; ${span}`;
}
