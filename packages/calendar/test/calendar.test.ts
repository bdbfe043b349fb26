import type { Event } from "@belarusbrief/core";
import { fixture, seedDocuments } from "@belarusbrief/testkit";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { calendarLinks, renderCalendar, renderUpcomingCalendar } from "../src/index.js";

const OPTIONS = { baseUrl: "https://belarus.example.org/" };
const FREEDOM_DAY: Event = { id: "freedom-day", title: "Freedom Day", date: "2021-03-25", recurs: "yearly" };

/** Events as ical.js reads them, with the file's VTIMEZONEs registered so times resolve to instants. */
function vevents(ics: string): ICAL.Event[] {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const zone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(zone);
  return calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
}

function datesIn(event: ICAL.Event, from: number, to: number): string[] {
  const out: string[] = [];
  const it = event.iterator();
  for (let next = it.next(); next && next.year <= to; next = it.next())
    if (next.year >= from) out.push(next.toString());
  return out;
}

describe("renderCalendar", () => {
  it("expands the yearly Freedom Day of the 2021 brief to March 25 of 2026–2028", () => {
    const seed = Object.values(seedDocuments()).find((d) => d.id === "2021-02");
    const ics = seed
      ? renderCalendar(seed, OPTIONS)
      : renderCalendar([FREEDOM_DAY], { ...OPTIONS, stamp: "2021-02-28" });
    const freedom = vevents(ics).find((e) => e.uid === "freedom-day@belarus.example.org");
    expect(freedom?.startDate.isDate).toBe(true);
    expect(freedom && datesIn(freedom, 2026, 2028)).toEqual(["2026-03-25", "2027-03-25", "2028-03-25"]);
    expect(ics).toMatch(/\r\nDTSTART;VALUE=DATE:20210325\r\n/);
    expect(ics).toMatch(/\r\nRRULE:FREQ=YEARLY\r\n/);
  });

  it("gives timed events their zone with a VTIMEZONE, so ical.js finds the right instant", () => {
    const ics = renderCalendar(fixture("full-brief"), OPTIONS);
    const rally = vevents(ics).find((e) => e.uid === "rally-chicago@belarus.example.org");
    expect(rally?.startDate.zone?.tzid).toBe("America/Chicago");
    expect(rally?.startDate.toUnixTime()).toBe(Date.UTC(2030, 1, 14, 18, 0) / 1000);
    expect(rally?.endDate.toUnixTime()).toBe(Date.UTC(2030, 1, 14, 20, 0) / 1000);
    const zones = new ICAL.Component(ICAL.parse(ics))
      .getAllSubcomponents("vtimezone")
      .map((z) => z.getFirstPropertyValue("tzid"));
    expect(zones).toEqual(["America/Chicago", "America/New_York"]);
  });

  it("takes DTSTAMP from the document's date", () => {
    const ics = renderCalendar(fixture("full-brief"), OPTIONS);
    const stamps = new ICAL.Component(ICAL.parse(ics))
      .getAllSubcomponents("vevent")
      .map((v) => String(v.getFirstPropertyValue("dtstamp")));
    expect(new Set(stamps)).toEqual(new Set(["2030-01-31T00:00:00Z"]));
  });

  it("folds long Cyrillic lines at 75 octets without splitting a character", () => {
    const title = "Дзень Волі — свята беларускай незалежнасці, абвешчанай 25 сакавіка 1918 года ў Менску";
    const ics = renderCalendar([{ ...FREEDOM_DAY, title, location: title }], { ...OPTIONS, stamp: "2030-01-01" });
    for (const line of ics.split("\r\n")) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
    expect(ics).not.toContain("\uFFFD");
    expect(vevents(ics)[0]?.summary).toBe(title);
  });

  it("writes the same bytes under any TZ of the build machine", () => {
    // Node applies a new TZ to every later Date operation in the process.
    const original = process.env.TZ;
    const render = (tz: string) => {
      process.env.TZ = tz;
      return {
        offset: new Date(Date.UTC(2030, 1, 14)).getTimezoneOffset(),
        ics: renderCalendar(fixture("full-brief"), OPTIONS),
      };
    };
    try {
      const east = render("Pacific/Kiritimati");
      const west = render("America/Los_Angeles");
      expect(east.offset).not.toBe(west.offset);
      expect(west.ics).toBe(east.ics);
      expect(east.ics).toContain("DTSTART;TZID=America/Chicago:20300214T120000");
      expect(east.ics).toContain("DTSTART;VALUE=DATE:20300325");
    } finally {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    }
  });

  it("needs a stamp for a list of events", () => {
    expect(() => renderCalendar([FREEDOM_DAY], OPTIONS)).toThrow(/\[@belarusbrief\/feeds\].*stamp/);
  });
});

describe("renderUpcomingCalendar", () => {
  it("keeps events still to come on the newest document's date, once each", () => {
    const docs = [fixture("full-brief"), fixture("belarusian")];
    const uids = vevents(renderUpcomingCalendar(docs, OPTIONS)).map((e) => e.uid);
    // The newest document is dated 2030-03-31: the February events are past, the yearly days recur.
    expect(uids.sort()).toEqual(["dzien-voli@belarus.example.org", "freedom-day@belarus.example.org"]);
  });
});

describe("calendarLinks", () => {
  it("builds Google and Outlook links for an all-day yearly event on its next occurrence", () => {
    const links = calendarLinks(FREEDOM_DAY, { event: FREEDOM_DAY, date: "2027-03-25" });
    const google = new URL(links.google);
    expect(google.origin + google.pathname).toBe("https://calendar.google.com/calendar/render");
    expect(google.searchParams.get("dates")).toBe("20270325/20270326");
    expect(google.searchParams.get("recur")).toBe("RRULE:FREQ=YEARLY");
    const outlook = new URL(links.outlook);
    expect(outlook.searchParams.get("startdt")).toBe("2027-03-25");
    expect(outlook.searchParams.get("allday")).toBe("true");
  });

  it("gives timed events in UTC and the description as details", () => {
    const rally: Event = {
      id: "r",
      title: "Rally & march",
      date: "2030-07-04",
      time: "12:00",
      timeZone: "America/Chicago",
    };
    const links = calendarLinks({ ...rally, description: "Bring **flags**.", online: "https://meet.example.org/r" });
    expect(new URL(links.google).searchParams.get("dates")).toBe("20300704T170000Z/20300704T180000Z");
    expect(new URL(links.google).searchParams.get("text")).toBe("Rally & march");
    expect(new URL(links.google).searchParams.get("details")).toBe("Bring flags.\n\nhttps://meet.example.org/r");
    expect(new URL(links.outlook).searchParams.get("startdt")).toBe("2030-07-04T17:00:00Z");
  });
});
