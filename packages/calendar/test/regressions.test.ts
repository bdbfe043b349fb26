// biome-ignore-all lint/suspicious/noExplicitAny: fixtures are patched as plain data
import type { DocumentInput } from "@belarusbrief/core";
import { FIXTURE_NAMES, fixture, loadSeeds, resolvedFixture, resolveLoaded } from "@belarusbrief/testkit";
import type ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { renderCalendar } from "../src/index.js";
import { briefWithEvent, calendarText, parseCalendar, resolved, SITE, vevents } from "./helpers.js";

// Regressions for bugs found by apps/security (known-issues.test.ts), each checked by ical.js.

// Controls, noncharacters, lone surrogates and the bidi controls core's cleaner removes.
const BAD_TEXT = /(?![\t\n\r])[\p{Cc}\p{Noncharacter_Code_Point}\p{Cs}\u202a-\u202e\u2066-\u2069\ufeff]/u;

/** Problems of an iCalendar file as text: CRLF lines only, no controls, no noncharacters, ≤ 75 octets. */
function icsProblems(text: string): string[] {
  const problems: string[] = [];
  const lines = text.split("\r\n");
  if (lines.pop() !== "") problems.push("does not end with CRLF");
  lines.forEach((line, i) => {
    if (/[\r\n]/.test(line)) problems.push(`line ${i + 1} holds a bare CR or LF`);
    if (BAD_TEXT.test(line)) problems.push(`line ${i + 1} holds a control or noncharacter`);
    if (Buffer.byteLength(line) > 75) problems.push(`line ${i + 1} is longer than 75 octets`);
  });
  return problems;
}

/** Every property value of the calendar and its components, as ical.js decodes them. */
function values(component: ICAL.Component): string[] {
  return [
    ...component.getAllProperties().flatMap((p) => p.getValues().map(String)),
    ...component.getAllSubcomponents().flatMap(values),
  ];
}

describe("characters no output may carry", () => {
  it("the right-to-left override (U+202E) and other controls are gone from every property", () => {
    const evil = "Freedom \u202Eyad\u202C Day\u0001";
    const doc = briefWithEvent({ title: evil, location: evil, description: `${evil} &#x202E; &#1; &#xFFFE;` });
    const ics = renderCalendar(doc, { site: SITE });
    expect(icsProblems(ics)).toEqual([]);
    const all = values(parseCalendar(ics));
    expect(all.filter((v) => BAD_TEXT.test(v))).toEqual([]);
    // The words around them are kept: what was removed is only the characters.
    const event = vevents(ics).find((e) => e.uid.startsWith("freedom-day@"));
    expect(event?.summary).toBe("Freedom yad Day");
    expect(event?.location).toBe("Freedom yad Day");
    expect(event?.description).toMatch(/^Freedom yad Day\s*$/);
  });

  it("would see an override if one were written (so the check can fail)", () => {
    const ics = renderCalendar(resolvedFixture("full-brief"), { site: SITE }).replace(
      "SUMMARY:Freedom Day",
      "SUMMARY:Freedom \u202EDay",
    );
    expect(values(parseCalendar(ics)).some((v) => BAD_TEXT.test(v))).toBe(true);
  });
});

describe("calendar TEXT escaping", () => {
  const title = "Brief\rATTACH:https://evil.example/x";

  it("escapes a line break in the calendar name (NAME, X-WR-CALNAME) instead of starting a line", () => {
    const ics = renderCalendar(resolved({ ...fixture("full-brief"), title } as DocumentInput), { site: SITE });
    expect(icsProblems(ics)).toEqual([]);
    const calendar = parseCalendar(ics);
    expect(calendar.getAllProperties().map((p) => p.name)).not.toContain("attach");
    expect(calendar.getFirstPropertyValue("name")).toBe("Brief\nATTACH:https://evil.example/x");
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe("Brief\nATTACH:https://evil.example/x");
  });

  it("keeps line breaks, ; , and \\ of every event text as text (SUMMARY, LOCATION, DESCRIPTION)", () => {
    const nasty = "One\rTwo\r\nThree\nFour; five, six \\ seven";
    const ics = renderCalendar(briefWithEvent({ title: nasty, location: nasty, description: "x" }), { site: SITE });
    expect(icsProblems(ics)).toEqual([]);
    const event = vevents(ics).find((e) => e.uid.startsWith("freedom-day@"))?.component;
    for (const name of ["summary", "location"])
      expect(event?.getFirstPropertyValue(name)).toBe("One\nTwo\nThree\nFour; five, six \\ seven");
    // The same properties as with harmless texts: nothing was injected.
    const names = (ics: string) =>
      parseCalendar(ics)
        .getAllSubcomponents("vevent")
        .map((e) => e.getAllProperties().map((p) => p.name));
    const plain = renderCalendar(briefWithEvent({ title: "x", location: "y", description: "x" }), { site: SITE });
    expect(names(ics)).toEqual(names(plain));
  });
});

describe("URLs", () => {
  it("percent-encodes an event URL into an RFC 3986 URI", () => {
    const ics = renderCalendar(briefWithEvent({ url: "https://example.org/route|[1]" }), { site: SITE });
    expect(icsProblems(ics)).toEqual([]);
    const url = vevents(ics)
      .find((e) => e.uid.startsWith("freedom-day@"))
      ?.component.getFirstPropertyValue("url");
    expect(String(url)).toBe("https://example.org/route%7C%5B1%5D");
  });
});

describe("calendar descriptions", () => {
  it("keep the alt text of a Markdown image, as plain text", () => {
    const doc = briefWithEvent({ description: "See ![the march route](images/route.png) **here**" });
    const description = vevents(renderCalendar(doc, { site: SITE })).find((e) =>
      e.uid.startsWith("freedom-day@"),
    )?.description;
    expect(description).toBe("See the march route here");
  });

  it("carry the event's source in its language", () => {
    const doc = briefWithEvent({ source: { name: "Viasna", url: "https://spring96.org/be" }, locale: "be" });
    const description = vevents(renderCalendar(doc, { site: SITE })).find((e) =>
      e.uid.startsWith("freedom-day@"),
    )?.description;
    expect(description).toContain("паводле Viasna (https://spring96.org/be)");
    expect(calendarText(renderCalendar(doc, { site: SITE }), doc)).toContain("25 сакавіка 2030");
  });
});

describe("calendars name no third-party host", () => {
  const docs = [
    ...FIXTURE_NAMES.map((name) => resolvedFixture(name)),
    ...Object.values(loadSeeds()).map((loaded) => resolveLoaded(loaded)),
  ];

  it("write no TZURL, and no URL but the site's and the events' own", () => {
    for (const doc of docs) {
      const ics = renderCalendar(doc, { site: SITE });
      expect(icsProblems(ics), doc.id).toEqual([]);
      const unfolded = ics.replace(/\r\n[ \t]/g, "");
      expect(unfolded, doc.id).not.toMatch(/tzurl/i);
      const own = doc.all.events.flatMap((e) => [
        e.url,
        e.online,
        JSON.stringify(e.description ?? ""),
        JSON.stringify(e.citation ?? ""),
      ]);
      const allowed = new Set([new URL(SITE.baseUrl).host, ...own.flatMap(hostsIn)]);
      for (const host of hostsIn(unfolded)) expect(allowed, `${doc.id}: ${host}`).toContain(host);
    }
  });

  it("would catch a TZURL (so the check can fail)", () => {
    expect(hostsIn("TZURL:http://tzurl.org/zoneinfo-outlook/Europe/Minsk")).toEqual(["tzurl.org"]);
  });
});

function hostsIn(text: string | undefined): string[] {
  return [...(text ?? "").matchAll(/\b[a-z][a-z0-9+.-]*:\/\/([^/\s\\;,?#"'<>]+)/gi)].map((m) =>
    (m[1] ?? "").toLowerCase(),
  );
}
