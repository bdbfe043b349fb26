import type { ResolvedDocument } from "@belarusbrief/core";
import { type CalendarSettings, siteOf } from "./options.js";
import { writeCalendar } from "./write-calendar.js";

/**
 * An iCalendar (RFC 5545) file of every event of `doc`, past ones included, at the occurrences
 * the view resolved; named after the document, DTSTAMP its date, UIDs `<event id>@<host of the
 * site's baseUrl>`.
 */
export function renderCalendar(doc: ResolvedDocument, settings: CalendarSettings = {}): string {
  const site = siteOf(settings);
  return writeCalendar(doc.all.events, { name: doc.title, host: new URL(site.baseUrl).hostname, stamp: doc.date.iso });
}
