import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import {
  calendarLinks,
  type Event,
  formatAsOf,
  formatDate,
  formatNumber,
  formatStatistic,
  shorten,
  slugify,
  upcomingEvents,
} from "../src/index.js";

describe("formatStatistic", () => {
  it.each([
    [
      { value: 35000, qualifier: "over", measure: "protesters detained" },
      "en",
      "over 35,000",
      "over 35,000 protesters detained",
    ],
    [
      { value: 511, qualifier: "at-least", measure: "detained in February" },
      "en",
      "at least 511",
      "at least 511 detained in February",
    ],
    [
      { value: 1500, qualifier: "more-than", measure: "political prisoners" },
      "en",
      "more than 1,500",
      "more than 1,500 political prisoners",
    ],
    [{ value: 258, qualifier: "exact", measure: "political prisoners" }, "en", "258", "258 political prisoners"],
    [
      { value: 2.5, qualifier: "up-to", unit: "years", measure: "in prison" },
      "en",
      "up to 2.5 years",
      "up to 2.5 years in prison",
    ],
    [{ value: 1200, qualifier: "over", measure: "палітвязняў" }, "be", "больш за 1200", "больш за 1200 палітвязняў"],
    [
      { value: 35000, qualifier: "at-least", measure: "задержанных" },
      "ru",
      "не менее 35\u00a0000",
      "не менее 35\u00a0000 задержанных",
    ],
    [{ value: 150, qualifier: "about", measure: "ludziej" }, "be-Latn", "kala 150", "kala 150 ludziej"],
  ] as const)("%o in %s", (stat, locale, value, text) => {
    const phrase = formatStatistic(stat, locale);
    expect(phrase.value).toBe(value);
    expect(phrase.text).toBe(text);
  });

  it("groups large numbers per locale", () => {
    expect(formatNumber(1265, "en")).toBe("1,265");
    expect(formatNumber(35000, "be")).toBe("35\u00a0000");
  });
});

describe("formatDate", () => {
  it.each([
    ["en", "long", "March 25, 2021"],
    ["en", "day-month", "March 25"],
    ["be", "long", "25 сакавіка 2021 г."],
    ["ru", "day-month", "25 марта"],
    ["be-Latn", "long", "25 sakavika 2021"],
    ["be-Latn", "day-month", "25 sakavika"],
  ] as const)("%s %s", (locale, style, expected) => {
    expect(formatDate("2021-03-25", locale, style)).toBe(expected);
  });

  it("formats a month", () => {
    expect(formatDate("2021-02", "en", "month-year")).toBe("February 2021");
    expect(formatDate("2021-02", "be-Latn", "month-year")).toBe("luty 2021");
  });

  it("says as of in each language", () => {
    expect(formatAsOf("2024-12-31", "en")).toBe("as of December 31, 2024");
    expect(formatAsOf("2024-12-31", "ru")).toBe("по состоянию на 31 декабря 2024 г.");
  });

  it("does not depend on the machine's time zone", () => {
    const script = `import("${new URL("../dist/index.js", import.meta.url).pathname}").then(m => process.stdout.write(m.formatDate("2021-01-01", "en") + "|" + m.formatDate("2021-12-31", "be")))`;
    const outputs = ["Pacific/Kiritimati", "America/Los_Angeles", "UTC"].map((TZ) =>
      execFileSync(process.execPath, ["-e", script], { env: { ...process.env, TZ }, encoding: "utf8" }),
    );
    expect(new Set(outputs).size).toBe(1);
    expect(outputs[0]).toBe("January 1, 2021|31 снежня 2021 г.");
  });
});

describe("upcomingEvents", () => {
  const event = (id: string, date: string, extra: Partial<Event> = {}): Event => ({ id, title: id, date, ...extra });

  it("moves yearly commemorations to their next date and drops past one-off events", () => {
    const events = [
      event("freedom-day", "2021-03-25", { recurs: "yearly" }),
      event("rally", "2021-02-14"),
      event("womens-day", "2021-03-08", { recurs: "yearly" }),
    ];
    expect(upcomingEvents(events, "2026-03-10").map((o) => [o.event.id, o.date])).toEqual([
      ["freedom-day", "2026-03-25"],
      ["womens-day", "2027-03-08"],
    ]);
  });

  it("keeps a multi-day event that is still going on, and sorts by date", () => {
    const events = [event("b", "2030-01-20"), event("a", "2030-01-01", { endDate: "2030-01-12" })];
    expect(upcomingEvents(events, "2030-01-10")).toEqual([
      { event: events[1], date: "2030-01-01", endDate: "2030-01-12" },
      { event: events[0], date: "2030-01-20" },
    ]);
  });

  it("lets a February 29 anniversary fall only in leap years", () => {
    expect(upcomingEvents([event("leap", "2020-02-29", { recurs: "yearly" })], "2025-01-01")[0]?.date).toBe(
      "2028-02-29",
    );
  });

  it("stops at until", () => {
    expect(upcomingEvents([event("a", "2030-05-01")], "2030-01-01", "2030-04-30")).toEqual([]);
  });
});

describe("slugify", () => {
  it.each([
    ["Belarusian Regime Labels Comedian as a “Terrorist”", "belarusian-regime-labels-comedian-as-a-terrorist"],
    ["Зварот да сенатараў", "zvarot-da-senatarau"],
    ["Łukašenka žyvie ŭ strachu", "lukasenka-zyvie-u-strachu"],
    ["***", "item"],
  ])("%s", (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });
});

describe("calendarLinks", () => {
  const rally: Event = {
    id: "r",
    title: "Rally & march",
    date: "2030-02-14",
    time: "12:00",
    endTime: "14:00",
    timeZone: "America/Chicago",
    location: "Daley Plaza",
  };

  it("converts a timed event to UTC with its own zone, in winter and in summer", () => {
    const links = calendarLinks({ event: rally, date: "2030-02-14" });
    const google = new URL(links.google);
    expect(google.origin + google.pathname).toBe("https://calendar.google.com/calendar/render");
    expect(google.searchParams.get("dates")).toBe("20300214T180000Z/20300214T200000Z");
    expect(google.searchParams.get("text")).toBe("Rally & march");
    expect(google.searchParams.get("location")).toBe("Daley Plaza");
    const outlook = new URL(links.outlook);
    expect([
      outlook.origin + outlook.pathname,
      outlook.searchParams.get("startdt"),
      outlook.searchParams.get("enddt"),
    ]).toEqual(["https://outlook.live.com/calendar/0/action/compose", "2030-02-14T18:00:00Z", "2030-02-14T20:00:00Z"]);
    expect(links.outlook).not.toContain("+");
    expect(new URL(calendarLinks({ event: rally, date: "2030-07-14" }).google).searchParams.get("dates")).toBe(
      "20300714T170000Z/20300714T190000Z",
    );
  });

  it("lets a timed event without an end last an hour", () => {
    const { endTime: _, ...open } = rally;
    expect(new URL(calendarLinks({ event: open, date: "2030-07-04" }).google).searchParams.get("dates")).toBe(
      "20300704T170000Z/20300704T180000Z",
    );
  });

  it("gives all-day events an exclusive end and yearly ones a rule, with details when given", () => {
    const day: Event = { id: "d", title: "Freedom Day", date: "2021-03-25", recurs: "yearly" };
    const links = calendarLinks({ event: day, date: "2027-03-25" }, "Belarus declared independence in 1918.");
    const google = new URL(links.google);
    expect(google.searchParams.get("dates")).toBe("20270325/20270326");
    expect(google.searchParams.get("recur")).toBe("RRULE:FREQ=YEARLY");
    expect(google.searchParams.get("details")).toBe("Belarus declared independence in 1918.");
    const outlook = new URL(links.outlook);
    expect([
      outlook.searchParams.get("startdt"),
      outlook.searchParams.get("enddt"),
      outlook.searchParams.get("allday"),
    ]).toEqual(["2027-03-25", "2027-03-26", "true"]);
  });

  it("does not depend on the machine's time zone", () => {
    const script = `import("${new URL("../dist/index.js", import.meta.url).pathname}").then(m => process.stdout.write(m.calendarLinks({ event: ${JSON.stringify(rally)}, date: "2030-02-14" }).google))`;
    const outputs = ["Pacific/Kiritimati", "America/Los_Angeles"].map((TZ) =>
      execFileSync(process.execPath, ["-e", script], { env: { ...process.env, TZ }, encoding: "utf8" }),
    );
    expect(outputs[0]).toBe(outputs[1]);
    expect(outputs[0]).toContain("20300214T180000Z");
  });
});

describe("shorten", () => {
  const family = "👨‍👩‍👧"; // one grapheme of five code points

  it("keeps a text that fits, on one line", () => {
    expect(shorten("  two\nlines ", 10)).toBe("two lines");
  });

  it("cuts at the last space that fits and ends with an ellipsis, never splitting a grapheme", () => {
    expect(shorten("one two three four", 12)).toBe("one two…");
    const cut = shorten(`${family.repeat(30)}`, 10);
    expect([...new Intl.Segmenter("en").segment(cut)].length).toBe(10);
    expect(cut).toBe(`${family.repeat(9)}…`);
  });

  it("counts code points when asked, so a text fits a platform that counts them", () => {
    const text = `word ${family} `.repeat(40);
    const cut = shorten(text, 100, { unit: "code point" });
    expect([...cut].length).toBeLessThanOrEqual(100);
    expect(cut.endsWith("…")).toBe(true);
    expect(cut.includes("\u200d…")).toBe(false);
    // The same text counted in graphemes keeps more.
    expect([...shorten(text, 100)].length).toBeGreaterThan(100);
  });
});
