import { collect, type Document, type Event } from "@belarusbrief/core";
import { getVtimezoneComponent } from "@touch4it/ical-timezones";
import ical from "ical-generator";
import { cleanDeep } from "./clean.js";
import { CalendarOptions, parseOptions } from "./options.js";
import { addEvent } from "./to-ical-event.js";

/**
 * An iCalendar (RFC 5545) file of a document's events, or of a list of events (then `options.stamp`
 * is required). DTSTAMP comes from the document's date or `stamp`, never the clock; UIDs are
 * `<event id>@<host of baseUrl>`; the output does not depend on the machine's time zone.
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
  const calendar = ical({
    prodId: "//BelarusBrief//@belarusbrief/feeds//EN",
    // ical-generator writes NAME and X-WR-CALNAME without escaping TEXT (no upstream issue found).
    name: escapeText(cleanDeep(title ?? doc?.title ?? "BelarusBrief")),
    timezone: { name: null, generator: getVtimezoneComponent },
  });
  const host = new URL(baseUrl).hostname;
  for (const event of events) addEvent(calendar, event, host, date);
  return `${calendar.toString()}\r\n`;
}

function escapeText(text: string): string {
  return text.replace(/[\\;,]/g, "\\$&").replace(/\r?\n/g, "\\n");
}
