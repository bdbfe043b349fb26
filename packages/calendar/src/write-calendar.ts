import type { ResolvedEvent } from "@belarusbrief/core";
import { getVtimezoneComponent } from "@touch4it/ical-timezones";
import ical from "ical-generator";
import { addEvent } from "./to-ical-event.js";

/** What a calendar file is made of besides its events. */
export interface CalendarFacts {
  /** Name shown by calendar apps (NAME, X-WR-CALNAME). */
  name: string;
  /** Host name that makes the UIDs unique, e.g. `belarus.example.org`. */
  host: string;
  /** DTSTAMP of every event, `YYYY-MM-DD`. */
  stamp: string;
}

/**
 * An iCalendar (RFC 5545) file of `events`, in the order given, with a VTIMEZONE for each zone a
 * timed event uses. It names no host but the site's and the events' own (no TZURL), ends with CRLF
 * and does not depend on the machine's time zone.
 */
export function writeCalendar(events: readonly ResolvedEvent[], facts: CalendarFacts): string {
  const calendar = ical({
    prodId: "//BelarusBrief//@belarusbrief/calendar//EN",
    // ical-generator writes NAME and X-WR-CALNAME without escaping TEXT (no upstream issue found).
    name: escapeText(facts.name),
    timezone: { name: null, generator: vtimezone },
  });
  for (const event of events) addEvent(calendar, event, facts.host, facts.stamp);
  return `${calendar.toString()}\r\n`;
}

/** RFC 5545 TEXT (3.3.11): backslash, semicolon and comma escaped, every line feed as `\n`. */
function escapeText(text: string): string {
  return text.replace(/[\\;,]/g, "\\$&").replace(/\r\n|\r|\n/g, "\\n");
}

// The zone files name tzurl.org in TZURL, which RFC 5545 lets clients fetch; readers' calendars
// must not contact a third party, and the VTIMEZONE is complete without it.
function vtimezone(tzid: string): string | null {
  return getVtimezoneComponent(tzid)?.replace(/^TZURL:.*(?:\r?\n[ \t].*)*\r?\n/gm, "") ?? null;
}
