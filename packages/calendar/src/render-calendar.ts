import { collect, type Document, type Event } from "@belarusbrief/core";
import { getVtimezoneComponent } from "@touch4it/ical-timezones";
import ical from "ical-generator";
import { cleanDeep, hasText, stripControl } from "./clean.js";
import { CalendarOptions, parseOptions } from "./options.js";
import { addEvent } from "./to-ical-event.js";

/**
 * An iCalendar (RFC 5545) file of a document's events, or of a list of events (then `options.stamp`
 * is required). DTSTAMP comes from the document's date or `stamp`, never the clock; UIDs are
 * `<event id>@<host of baseUrl>`; the output does not depend on the machine's time zone. It names
 * no host but the site's and the events' own (no TZURL), and carries no control characters.
 */
export function renderCalendar(input: Document | readonly Event[], options: CalendarOptions): string {
  const { baseUrl, title, stamp } = parseOptions(CalendarOptions, options);
  const isList = Array.isArray(input);
  const doc = isList ? undefined : (input as Document);
  const events = cleanDeep(
    isList ? [...(input as readonly Event[])] : collect(doc as Document).events.map((f) => f.value),
  );
  const date = stamp ?? doc?.date;
  if (!date)
    throw new Error(
      "[@belarusbrief/feeds] renderCalendar of a list of events needs options.stamp, e.g. the newest document's date",
    );
  const name = stripControl(title ?? doc?.title ?? "");
  const calendar = ical({
    prodId: "//BelarusBrief//@belarusbrief/feeds//EN",
    // ical-generator writes NAME and X-WR-CALNAME without escaping TEXT (no upstream issue found).
    name: escapeText(hasText(name) ? name : "BelarusBrief"),
    timezone: { name: null, generator: vtimezone },
  });
  const host = new URL(baseUrl).hostname;
  for (const event of events) addEvent(calendar, event, host, date);
  // Event texts are cleaned before rendering, but Markdown rendering of descriptions decodes
  // references such as &#1; back into controls; this is the one place every byte passes.
  return `${stripControl(calendar.toString())}\r\n`;
}

/** RFC 5545 TEXT (3.3.11): backslash, semicolon and comma escaped, every CRLF, CR or LF as `\n`. */
function escapeText(text: string): string {
  return text.replace(/[\\;,]/g, "\\$&").replace(/\r\n|\r|\n/g, "\\n");
}

// The zone files name tzurl.org in TZURL, which RFC 5545 lets clients fetch; readers' calendars
// must not contact a third party, and the VTIMEZONE is complete without it.
function vtimezone(tzid: string): string | null {
  return getVtimezoneComponent(tzid)?.replace(/^TZURL:.*(?:\r?\n[ \t].*)*\r?\n/gm, "") ?? null;
}
