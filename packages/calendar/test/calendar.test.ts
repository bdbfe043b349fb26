import { loadSeeds, renderWith, resolvedFixture, resolveLoaded } from "@belarusbrief/testkit";
import type ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { adapter, renderCalendar, renderUpcomingCalendar } from "../src/index.js";
import { calendarEntry, renderUpcomingCalendarOf } from "../src/upcoming-calendar.js";
import { briefWithEvent, calendarText, parseCalendar, resolved, SITE, vevents } from "./helpers.js";

const FREEDOM_DAY = { id: "freedom-day", title: "Freedom Day", date: "2021-03-25", recurs: "yearly" } as const;

function datesIn(event: ICAL.Event, from: number, to: number): string[] {
  const out: string[] = [];
  const it = event.iterator();
  for (let next = it.next(); next && next.year <= to; next = it.next())
    if (next.year >= from) out.push(next.toString());
  return out;
}

/** A March 2021 brief dated after Freedom Day, as `belarusbrief new` makes it from February's. */
const march2021 = () =>
  resolved({
    kind: "brief",
    id: "2021-03",
    locale: "en",
    title: "BelarusBrief",
    period: "2021-03",
    date: "2021-03-31",
    sections: [{ heading: "future dates", events: [FREEDOM_DAY] }],
  });

describe("renderCalendar", () => {
  it("expands the yearly Freedom Day of the 2021 brief to March 25 of 2026–2028", () => {
    const seed = Object.values(loadSeeds()).find((loaded) => loaded.document.id === "2021-02");
    const doc = seed ? resolveLoaded(seed) : briefWithEvent(FREEDOM_DAY, "2021-02-28");
    const ics = renderCalendar(doc, { site: SITE });
    const freedom = vevents(ics).find((e) => e.uid === "freedom-day@belarus.example.org");
    expect(freedom?.startDate.isDate).toBe(true);
    expect(freedom && datesIn(freedom, 2026, 2028)).toEqual(["2026-03-25", "2027-03-25", "2028-03-25"]);
    expect(ics).toMatch(/\r\nDTSTART;VALUE=DATE:20210325\r\n/);
    expect(ics).toMatch(/\r\nRRULE:FREQ=YEARLY\r\n/);
  });

  it("starts a yearly event at the occurrence the view resolved, so it agrees with every other output", () => {
    const doc = march2021();
    const [event] = doc.all.events;
    expect(event?.dates).toBe("March 25, 2022");
    const [freedom] = vevents(renderCalendar(doc, { site: SITE }));
    expect(freedom?.startDate.toString()).toBe("2022-03-25");
    expect(freedom && datesIn(freedom, 2022, 2023)).toEqual(["2022-03-25", "2023-03-25"]);
    expect(calendarText(renderCalendar(doc, { site: SITE }), doc)).toContain("March 25, 2022");
  });

  it("gives timed events their zone with a VTIMEZONE, so ical.js finds the right instant", () => {
    const ics = renderCalendar(resolvedFixture("full-brief"), { site: SITE });
    const rally = vevents(ics).find((e) => e.uid === "rally-chicago@belarus.example.org");
    expect(rally?.startDate.zone?.tzid).toBe("America/Chicago");
    expect(rally?.startDate.toUnixTime()).toBe(Date.UTC(2030, 1, 14, 18, 0) / 1000);
    expect(rally?.endDate.toUnixTime()).toBe(Date.UTC(2030, 1, 14, 20, 0) / 1000);
    const zones = parseCalendar(ics)
      .getAllSubcomponents("vtimezone")
      .map((z) => z.getFirstPropertyValue("tzid"));
    expect(zones).toEqual(["America/Chicago", "America/New_York"]);
  });

  it("gives a timed event without an end time one hour", () => {
    const evening = vevents(renderCalendar(resolvedFixture("full-brief"), { site: SITE })).find(
      (e) => e.uid === "online-evening@belarus.example.org",
    );
    expect(evening?.startDate.toString()).toBe("2030-02-20T19:00:00");
    expect(evening?.endDate.toString()).toBe("2030-02-20T20:00:00");
  });

  it("takes DTSTAMP from the document's date", () => {
    const stamps = parseCalendar(renderCalendar(resolvedFixture("full-brief"), { site: SITE }))
      .getAllSubcomponents("vevent")
      .map((v) => String(v.getFirstPropertyValue("dtstamp")));
    expect(new Set(stamps)).toEqual(new Set(["2030-01-31T00:00:00Z"]));
  });

  it("folds long Cyrillic lines at 75 octets without splitting a character", () => {
    const title = "Дзень Волі — свята беларускай незалежнасці, абвешчанай 25 сакавіка 1918 года ў Менску";
    const ics = renderCalendar(briefWithEvent({ title, location: title }), { site: SITE });
    for (const line of ics.split("\r\n")) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
    expect(ics).not.toContain("\uFFFD");
    expect(ics.split("\r\n").some((line) => line.startsWith(" "))).toBe(true);
    expect(vevents(ics).find((e) => e.summary === title)?.location).toBe(title);
  });

  it("writes the same bytes under any TZ of the build machine", () => {
    // Node applies a new TZ to every later Date operation in the process.
    const original = process.env.TZ;
    const render = (tz: string) => {
      process.env.TZ = tz;
      return {
        offset: new Date(Date.UTC(2030, 1, 14)).getTimezoneOffset(),
        ics: renderCalendar(resolvedFixture("full-brief"), { site: SITE }),
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

  it("keeps past events, which the view keeps too", () => {
    const doc = briefWithEvent({ date: "2030-01-10", recurs: undefined }, "2030-01-31");
    expect(doc.all.events.find((e) => e.id === "freedom-day")?.upcoming).toBe(false);
    expect(vevents(renderCalendar(doc, { site: SITE })).map((e) => e.uid)).toContain("freedom-day@belarus.example.org");
  });

  it("rejects bad site settings with a fix", () => {
    expect(() => renderCalendar(resolvedFixture("full-brief"), { site: { baseUrl: "belarus.example.org" } })).toThrow(
      /\[@belarusbrief\/calendar\] fix these settings: site\.baseUrl: must be a full https:\/\/ address/,
    );
  });
});

describe("renderUpcomingCalendar", () => {
  it("keeps events still to come on the newest document's date, once each", () => {
    const docs = [resolvedFixture("full-brief"), resolvedFixture("belarusian")];
    const uids = vevents(renderUpcomingCalendar(docs, { site: SITE })).map((e) => e.uid);
    // The newest document is dated 2030-03-31: the February events are past, the yearly days recur.
    expect(uids.sort()).toEqual(["dzien-voli@belarus.example.org", "freedom-day@belarus.example.org"]);
  });

  it("takes an event used by several documents from the newest one", () => {
    const older = briefWithEvent({ title: "Old title" }, "2030-01-31");
    const newer = { ...briefWithEvent({ title: "New title" }, "2030-02-15"), id: "2030-02" };
    const summaries = vevents(renderUpcomingCalendar([older, newer], { site: SITE })).map((e) => e.summary);
    expect(summaries).toContain("New title");
    expect(summaries).not.toContain("Old title");
  });

  it("is named after the site and stamped with the newest document's date", () => {
    const calendar = parseCalendar(
      renderUpcomingCalendar([resolvedFixture("full-brief"), resolvedFixture("belarusian")], {
        site: { ...SITE, title: "Diaspora dates" },
      }),
    );
    expect(calendar.getFirstPropertyValue("name")).toBe("Diaspora dates");
    expect(String(calendar.getFirstSubcomponent("vevent")?.getFirstPropertyValue("dtstamp"))).toBe(
      "2030-03-31T00:00:00Z",
    );
  });

  it("takes an event from the newest document whatever the order documents come in, and reads them once", () => {
    const docs = [
      briefWithEvent({ title: "Old title" }, "2030-01-31"),
      { ...briefWithEvent({ title: "New title" }, "2030-02-15"), id: "2030-02" },
      { ...briefWithEvent({ title: "Same day, later id" }, "2030-02-15"), id: "2030-02-z" },
      resolvedFixture("full-brief"),
      resolvedFixture("minimal"),
    ];
    const expected = renderUpcomingCalendar(docs, { site: SITE });
    expect(vevents(expected).map((e) => e.summary)).toContain("New title");
    for (const order of [[...docs].reverse(), [docs[2], docs[0], docs[4], docs[1], docs[3]]]) {
      let reads = 0;
      const once = {
        *[Symbol.iterator]() {
          reads++;
          for (const doc of order) if (doc) yield calendarEntry(doc);
        },
      };
      expect(renderUpcomingCalendarOf(once, { site: SITE })).toBe(expected);
      expect(reads).toBe(1);
    }
  });

  it("needs at least one document", () => {
    expect(() => renderUpcomingCalendar([], { site: SITE })).toThrow(
      /\[@belarusbrief\/calendar\].*at least one document/,
    );
  });
});

describe("adapter", () => {
  it("makes a document calendar only for documents with events, and one upcoming calendar", async () => {
    const docs = [resolvedFixture("full-brief"), resolvedFixture("minimal")];
    const { artifacts } = await renderWith(adapter, docs);
    expect(artifacts.map(({ content: _, ...info }) => info)).toEqual([
      {
        kind: "ics",
        role: "document-calendar",
        path: "calendar/2030-01.ics",
        mediaType: "text/calendar",
        document: "2030-01",
        locale: "en",
      },
      { kind: "ics", role: "calendar", path: "calendar/upcoming.ics", mediaType: "text/calendar" },
    ]);
  });

  it("rejects options it does not know", () => {
    expect(adapter.options.safeParse({ title: "x" }).success).toBe(false);
  });
});
