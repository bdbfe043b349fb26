import { describe, expect, it } from "vitest";
import {
  type Brief,
  Document,
  type DocumentInput,
  formatAnniversary,
  formatPath,
  inlineToText,
  markdownFields,
  oneLine,
  parseMarkdown,
  type ResolvedDocument,
  type RichText,
  resolve,
} from "../src/index.js";

const SITE = { baseUrl: "https://belarus.example.org/", pagesUrl: "https://belarus.example.org/site/" };

function brief(date: string, sections: DocumentInput["sections"], extra: Partial<Brief> = {}): ResolvedDocument {
  const doc = Document.parse({
    kind: "brief",
    id: "b",
    locale: "en",
    title: "BelarusBrief",
    period: date.slice(0, 7),
    date,
    sections,
    ...extra,
  });
  return resolve(doc, SITE);
}

const FREEDOM_DAY = { id: "freedom-day", title: "Freedom Day", date: "2021-03-25", recurs: "yearly" } as const;
const RALLY = {
  id: "rally",
  title: "Rally",
  date: "2021-03-25",
  time: "14:00",
  endTime: "16:00",
  timeZone: "America/Chicago",
} as const;

describe("resolve decides each event's date once", () => {
  it("moves a yearly date that is past at the document's date to its next occurrence; a past rally stays past", () => {
    // The brief `new` makes for March 2021, dated at the end of the month, with Freedom Day carried forward.
    const doc = brief("2021-03-31", [{ heading: "future dates", events: [RALLY, FREEDOM_DAY] }]);
    const [first, second] = doc.sections[0]?.events ?? [];
    expect(first).toMatchObject({
      id: "freedom-day",
      date: "2022-03-25",
      upcoming: true,
      dates: "March 25, 2022",
      recurrence: "every year",
      when: "March 25, 2022 · every year",
    });
    expect(first?.calendar?.google).toContain("dates=20220325%2F20220326");
    expect(second).toMatchObject({ id: "rally", date: "2021-03-25", upcoming: false, time: "2:00 – 4:00 PM CT" });
    expect(second?.when).toBe("March 25, 2021, 2:00 – 4:00 PM CT");
    expect(second?.calendar).toBeUndefined();
  });

  it.each([
    ["before the date", "2021-03-20", "2021-03-25", true],
    ["on the date", "2021-03-25", "2021-03-25", true],
    ["after the date", "2021-03-26", "2022-03-25", true],
  ])("yearly event, document %s: shown at %s", (_, docDate, occurrence, upcoming) => {
    const event = brief(docDate, [{ events: [FREEDOM_DAY] }]).all.events[0];
    expect(event).toMatchObject({ date: occurrence, upcoming });
  });

  it.each([
    ["before", "2021-03-20", true],
    ["on", "2021-03-25", true],
    ["after", "2021-03-26", false],
  ])("one-off event, document %s its date: upcoming %s, never moved", (_, docDate, upcoming) => {
    const event = brief(docDate, [{ events: [RALLY] }]).all.events[0];
    expect(event).toMatchObject({ date: "2021-03-25", upcoming });
    expect(event?.calendar === undefined).toBe(!upcoming);
  });

  it("keeps a yearly event of several days that is under way at the document's date", () => {
    const event = brief("2022-03-02", [
      { events: [{ id: "days", title: "Days", date: "2021-03-01", endDate: "2021-03-03", recurs: "yearly" }] },
    ]).all.events[0];
    expect(event).toMatchObject({ date: "2022-03-01", endDate: "2022-03-03", upcoming: true });
    expect(event?.dates).toBe("March 1, 2022 – March 3, 2022");
  });

  it("puts a February 29 anniversary in the next leap year", () => {
    const event = brief("2021-03-01", [
      { events: [{ id: "leap", title: "Leap", date: "2020-02-29", recurs: "yearly" }] },
    ]).all.events[0];
    expect(event?.date).toBe("2024-02-29");
  });

  it.each([
    ["en", "2:00 – 4:00 PM CT"],
    ["ru", "14:00–16:00 Чикаго"],
    ["be", "14.00–16.00 Час: Чыкага"],
    ["be-Latn", "14.00–16.00 GMT-5"],
  ] as const)("writes a time the way %s readers expect", (locale, time) => {
    const event = brief("2021-03-01", [{ events: [{ ...RALLY, locale }] }]).all.events[0];
    expect(event?.time).toBe(time);
  });
});

describe("resolve decides every phrase once", () => {
  it("says which anniversary the yearly date shown is, in the block's language", () => {
    const since = { ...FREEDOM_DAY, since: 1918 };
    // Before March 25 the date shown is this year's; after it, next year's, one anniversary more.
    const before = brief("2021-02-28", [{ events: [since] }]).all.events[0];
    expect([before?.anniversary, before?.when]).toEqual([
      "103rd anniversary",
      "March 25, 2021 · every year · 103rd anniversary",
    ]);
    expect(brief("2021-03-31", [{ events: [since] }]).all.events[0]?.anniversary).toBe("104th anniversary");
    const be = brief("2021-02-28", [{ events: [{ ...since, locale: "be" }] }]).all.events[0];
    expect(be?.anniversary).toBe("103-я гадавіна");
    expect(brief("2021-02-28", [{ events: [FREEDOM_DAY] }]).all.events[0]?.anniversary).toBeUndefined();
  });

  it.each([
    [1, "1st"],
    [2, "2nd"],
    [3, "3rd"],
    [4, "4th"],
    [11, "11th"],
    [12, "12th"],
    [13, "13th"],
    [21, "21st"],
    [102, "102nd"],
    [111, "111th"],
  ])("counts anniversary %i in English as %s", (n, word) => {
    expect(formatAnniversary(2000, 2000 + n, "en")).toBe(`${word} anniversary`);
  });

  it("writes statistics with their qualifier, measure and as-of date", () => {
    const [stat] = brief("2021-02-28", [
      {
        statistics: [
          {
            value: 35000,
            qualifier: "over",
            measure: "protesters detained",
            source: { name: "Spring96", note: "in Russian only" },
          },
        ],
      },
    ]).all.statistics;
    expect(stat).toMatchObject({
      number: "35,000",
      phrase: "over 35,000",
      text: "over 35,000 protesters detained",
      asOf: { iso: "2021-02-28", text: "February 28, 2021", phrase: "as of February 28, 2021" },
    });
    expect(inlineToText(stat?.citation ?? [])).toBe("via Spring96 — in Russian only");
  });

  it("writes a citation in the language of its block and marks the block's language", () => {
    const [item] = brief("2021-02-28", [
      { items: [{ body: "Навіна", locale: "be", sources: [{ name: "Nasha Niva", url: "https://nn.example/" }] }] },
    ]).all.items;
    expect(item?.lang).toBe("be");
    expect(inlineToText(item?.citation ?? [], { link: (t) => t })).toBe("паводле Nasha Niva");
    expect(item?.citation?.[1]).toMatchObject({ type: "link", url: "https://nn.example/" });
  });

  it("writes reports with place, date and attendance", () => {
    const [report] = brief("2021-02-28", [
      {
        reports: [
          {
            city: "Boston",
            region: "MA",
            country: "USA",
            date: "2021-02-07",
            attendance: { value: 60, qualifier: "over" },
            summary: "A rally.",
          },
        ],
      },
    ]).all.reports;
    expect(report).toMatchObject({
      place: "Boston, MA, USA",
      date: { text: "February 7, 2021" },
      attendance: { number: "over 60", phrase: "Attendance: over 60" },
    });
  });

  it("gives headings inside a section without a heading level 2, and 3 under a heading", () => {
    const doc = brief("2021-02-28", [
      { actions: [{ kind: "sign", title: "Sign" }] },
      { heading: "h", items: [{ body: "x" }] },
    ]);
    expect(doc.sections.map((s) => [s.level, s.innerLevel])).toEqual([
      [2, 2],
      [2, 3],
    ]);
  });

  it("leaves out a call to action whose deadline is past, keeping the paths of the others", () => {
    const doc = brief("2021-02-28", [
      {
        heading: "how to help",
        actions: [
          { kind: "donate", title: "Closed", deadline: "2021-02-01" },
          { kind: "sign", title: "Open", deadline: "2021-03-01" },
          { kind: "sign", title: "Due today", deadline: "2021-02-28" },
        ],
      },
    ]);
    expect(doc.all.actions.map((a) => [a.title, formatPath(a.path)])).toEqual([
      ["Open", "sections[0].actions[1]"],
      ["Due today", "sections[0].actions[2]"],
    ]);
    expect(doc.sections[0]?.actions.map((a) => a.title)).toEqual(["Open", "Due today"]);
    expect(doc.all.actions[0]?.deadline?.phrase).toBe("Deadline: March 1, 2021");
  });

  it("leaves out a section with nothing under its heading, also when its only actions expired", () => {
    const doc = brief("2021-03-31", [
      { heading: "international response" },
      { heading: "reign of terror", items: [{ body: "x" }] },
      { heading: "how to help", actions: [{ kind: "donate", title: "Closed", deadline: "2021-03-01" }] },
      { heading: "intro only", intro: "Read this." },
    ]);
    expect(doc.sections.map((s) => [s.heading, formatPath(s.path)])).toEqual([
      ["reign of terror", "sections[1]"],
      ["intro only", "sections[3]"],
    ]);
    expect(doc.blocks.filter((b) => b.type === "section")).toHaveLength(2);
  });
});

describe("resolve makes links safe to emit", () => {
  it("makes addresses absolute, drops placeholders and unsafe schemes to their text", () => {
    const doc = brief("2021-02-28", [
      {
        items: [
          {
            body: "[rel](/about) [ph](#) [ok](https://x.example/a b)",
            sources: [{ name: "S", url: "#" }],
          },
        ],
        links: [{ title: "T", url: "https://x.example/?q=<1>" }],
      },
    ]);
    const html = JSON.stringify(doc.all.items[0]?.body);
    expect(html).toContain('"url":"https://belarus.example.org/site/about"');
    expect(html).not.toContain('"url":"#"');
    expect(doc.all.items[0]?.sources[0]).toEqual({ name: "S" });
    expect(doc.sections[0]?.links[0]?.url).toBe("https://x.example/?q=%3C1%3E");
  });

  it("resolves a page of the site, written from /, under pagesUrl in every link field", () => {
    const doc = Document.parse({
      kind: "brief",
      id: "b",
      locale: "en",
      title: "T",
      period: "2021-03",
      date: "2021-03-01",
      intro: "See [February](/briefs/2021-02/#news).",
      links: [{ title: "Archive", url: "/" }],
      sections: [{ items: [{ body: "x", sources: [{ name: "S", url: "/statements/one-year/" }] }] }],
    });
    const pages = "https://belarus.example.org/archive/pages/";
    const resolved = resolve(doc, { baseUrl: "https://belarus.example.org/", pagesUrl: pages });
    expect(JSON.stringify(resolved.intro)).toContain(`"url":"${pages}briefs/2021-02/#news"`);
    expect(resolved.links[0]?.url).toBe(pages);
    expect(resolved.all.items[0]?.sources[0]?.url).toBe(`${pages}statements/one-year/`);
  });

  it("never emits an address without a scheme or one that climbs out of the pages", () => {
    const doc = brief("2021-02-28", [
      {
        intro:
          "[a](www.congress.gov) [b](../../etc/passwd) [c](//evil.example/x) [d](/a/%2e%2e/b) [e](http://x.example/)",
      },
    ]);
    const links = JSON.stringify(doc.sections[0]?.intro).match(/"url":"[^"]*"/g);
    expect(links).toEqual(['"url":"http://x.example/"']);
  });

  it("never lets an unsafe link through a document built in code", () => {
    const doc = brief("2021-02-28", [{ intro: "[x](javascript:alert(1)) [y](data:text/html,z)" }]);
    expect(JSON.stringify(doc.sections[0]?.intro)).not.toContain('"type":"link"');
    expect(oneLine(doc.sections[0]?.intro ?? [])).toBe("x y");
  });

  it("cleans the text of a document built in code", () => {
    const doc = brief("2021-02-28", [{ heading: "a\u202eb", items: [{ body: "x" }] }], { title: "t\u0000" });
    expect(doc.title).toBe("t");
    expect(doc.sections[0]?.heading).toBe("ab");
  });

  it("gives the page address under pagesUrl", () => {
    expect(brief("2021-02-28", []).url).toBe("https://belarus.example.org/site/briefs/b/");
  });
});

describe("resolve gives each title its words and its language spans", () => {
  it("keeps the words in the plain title and the spans in the rich one, for every title field", () => {
    const span = (words: string) => ({ type: "span", locale: "be", children: [{ type: "text", value: words }] });
    const view = brief(
      "2021-02-28",
      [
        {
          heading: "In [Гомель]{lang=be}",
          items: [{ lead: "[Вясна]{lang=be} says", body: "b" }],
          events: [{ ...FREEDOM_DAY, title: "[Дзень Волі]{lang=be} in Chicago" }],
          actions: [{ kind: "write", title: "Write to [Мінск]{lang=be}" }],
          links: [{ title: "[Справаздача]{lang=be}", url: "https://x.example/" }],
        },
      ],
      { title: "Marking [Дзень Волі]{lang=be} in Chicago", tagline: "*News* [Навіны]{lang=be}" },
    );
    const [section] = view.sections;
    expect(view.title).toBe("Marking Дзень Волі in Chicago");
    expect(view.richTitle).toEqual([
      { type: "text", value: "Marking " },
      span("Дзень Волі"),
      { type: "text", value: " in Chicago" },
    ]);
    expect(view.tagline).toBe("*News* Навіны");
    expect(view.richTagline?.[1]).toEqual(span("Навіны"));
    expect([
      section?.heading,
      section?.items[0]?.lead,
      section?.events[0]?.title,
      section?.actions[0]?.title,
      section?.links[0]?.title,
    ]).toEqual(["In Гомель", "Вясна says", "Дзень Волі in Chicago", "Write to Мінск", "Справаздача"]);
    const rich = [
      section?.richHeading,
      section?.items[0]?.richLead,
      section?.events[0]?.richTitle,
      section?.actions[0]?.richTitle,
      section?.links[0]?.richTitle,
    ];
    expect(rich.map((nodes) => nodes?.find((node) => node.type === "span"))).toEqual([
      span("Гомель"),
      span("Вясна"),
      span("Дзень Волі"),
      span("Мінск"),
      span("Справаздача"),
    ]);
    expect(view.description).toBe("*News* Навіны");
  });
});

describe("resolve parses each Markdown field once", () => {
  it("takes every field from the loader's trees and no other", () => {
    const doc = Document.parse({
      kind: "brief",
      id: "b",
      locale: "en",
      title: "T",
      period: "2021-02",
      date: "2021-02-28",
      intro: "i",
      lead: { text: "l" },
      sections: [
        {
          intro: "s",
          items: [{ body: "b", quote: { text: "q" } }],
          events: [{ id: "e", title: "E", date: "2021-03-01", description: "d" }],
          actions: [{ kind: "write", title: "W", body: "a", letter: [{ locale: "en", text: "t" }] }],
          reports: [{ city: "C", summary: "r" }],
          recommendations: [{ addressee: "A", intro: "ri", items: ["x", "y"] }],
        },
      ],
    });
    const asked: string[] = [];
    const trees = new Map(markdownFields(doc).map((f) => [formatPath(f.path), parseMarkdown(f.text).tree]));
    const text = new Proxy(trees, {
      get(target, key) {
        if (key === "get")
          return (k: string): RichText | undefined => {
            asked.push(k);
            return target.get(k);
          };
        return Reflect.get(target, key);
      },
    });
    resolve(doc, { ...SITE, text });
    expect(asked.sort()).toEqual([...trees.keys()].sort());
  });
});
