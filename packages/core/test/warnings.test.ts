import { describe, expect, it } from "vitest";
import { checkLink } from "../src/index.js";
import { BRIEF_HEAD, load } from "./helpers.js";

const warningsOf = (...lines: string[]) => {
  const result = load(...BRIEF_HEAD, "date: 2021-02-28", ...lines);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join("\n"));
  return result.warnings;
};

describe("warnings are separate from errors and never block loading", () => {
  it("flags placeholder and empty links where they are", () => {
    const warnings = warningsOf(
      "lead:",
      "  text: Quote",
      '  source: { name: Spring96, url: "#" }',
      "links:",
      '  - { title: T, url: "" }',
    );
    expect(warnings.map((w) => [w.rule, w.path, w.line])).toEqual([
      ["placeholder-link", "lead.source.url", 9],
      ["placeholder-link", "links[0].url", 11],
    ]);
    expect(warnings[0]?.message).toMatch(/must be replaced by the real address/);
  });

  it("flags an http: address, in a field and in Markdown, with the https: address to write", () => {
    const warnings = warningsOf(
      "intro: |",
      "  Read the",
      "  [report](http://spring96.org/en/news/1) first.",
      "links:",
      "  - { title: T, url: 'http://www.congress.gov/bill?x=1' }",
    );
    expect(warnings.map((w) => [w.rule, w.path, w.line, w.column])).toEqual([
      ["insecure-link", "intro", 9, 3],
      ["insecure-link", "links[0].url", 11, 22],
    ]);
    expect(warnings[0]?.message).toMatch(/write "https:\/\/spring96\.org\/en\/news\/1"/);
    expect(warnings[1]?.message).toBe(
      '"http://www.congress.gov/bill?x=1" is not encrypted: anyone on the way, inside Belarus too, can see and change the page a reader opens; write "https://www.congress.gov/bill?x=1" (check that it opens)',
    );
  });

  it("keeps an http://www. address written in a link, and warns about it; a bare www. address is linked over https", () => {
    const result = load(
      ...BRIEF_HEAD,
      "date: 2021-02-28",
      "intro: See [Congress](http://www.congress.gov/x) or www.senate.gov.",
    );
    if (!result.ok) throw new Error(result.errors.map((e) => e.message).join("\n"));
    expect(result.warnings.map((w) => [w.rule, w.line, w.column])).toEqual([["insecure-link", 7, 12]]);
    const urls = JSON.stringify(result.text.get("intro")).match(/"url":"[^"]*"/g);
    expect(urls).toEqual(['"url":"http://www.congress.gov/x"', '"url":"https://www.senate.gov"']);
  });

  it("takes a link with nothing visible for a placeholder, as the loader does once it removes control characters", () => {
    expect(checkLink("\u0000 \b \u000b \ufffe")).toMatchObject({ severity: "warning", rule: "placeholder-link" });
  });

  it("flags a language span in a plain field, where it would be printed as typed, and not in a title or Markdown", () => {
    const warnings = warningsOf(
      "intro: Marches in [Гомель]{lang=be}.",
      "sections:",
      "  - heading: '[Дзень Волі]{lang=be} in Chicago'",
      "    events:",
      "      - { id: day, title: '[Дзень Волі]{lang=be}', date: 2021-03-25, location: '[Менск]{lang=be}' }",
    );
    expect(warnings.map((w) => [w.rule, w.path, w.line])).toEqual([
      ["span-in-plain-text", "sections[0].events[0].location", 11],
    ]);
    expect(warnings[0]?.message).toMatch(/^"\[Менск\]\{lang=be\}" would be printed as typed: this field is plain text/);
  });

  it("is quiet about https:, mailto: and pages of the site", () => {
    expect(
      warningsOf(
        "intro: '[February](/briefs/2021-02/), [mail](mailto:a@x.example), https://x.example/'",
        "links:",
        "  - { title: T, url: 'https://x.example/', source: S }",
        "  - { title: U, url: /statements/one-year/ }",
      ),
    ).toEqual([]);
  });

  it("flags a statistic without a source", () => {
    const [warning] = warningsOf(
      "sections:",
      "  - statistics:",
      "      - { value: 258, measure: political prisoners }",
    );
    expect(warning).toMatchObject({
      rule: "missing-source",
      path: "sections[0].statistics[0]",
      line: 9,
      severity: "warning",
    });
  });

  it("flags an image without alt text", () => {
    const [warning] = warningsOf(
      "sections:",
      "  - reports:",
      "      - { city: Boston, summary: S, images: [{ src: a.jpg }] }",
    );
    expect(warning).toMatchObject({ rule: "missing-alt", path: "sections[0].reports[0].images[0]" });
  });

  it("flags a call to action whose deadline is before the issue date", () => {
    const lines = [
      "sections:",
      "  - actions:",
      "      - { kind: sign, title: Sign, url: 'https://x.org/', deadline: 2021-02-01 }",
    ];
    expect(warningsOf(...lines).map((w) => w.rule)).toEqual(["past-deadline"]);
    const later = [
      "sections:",
      "  - actions:",
      "      - { kind: sign, title: Sign, url: 'https://x.org/', deadline: 2021-03-01 }",
    ];
    expect(warningsOf(...later)).toEqual([]);
  });

  it("flags a statistic dated before the brief's month, carried forward and not updated", () => {
    const result = load(
      "kind: brief",
      "id: 2021-03",
      "locale: en",
      "title: BelarusBrief",
      "period: 2021-03",
      "date: 2021-03-31",
      "sections:",
      "  - heading: reign of terror",
      "    statistics:",
      "      - value: 511",
      "        measure: detained in February",
      "        asOf: 2021-02-28",
      "        source: { name: Spring96, url: 'https://spring96.org/' }",
      "      - { value: 290, measure: political prisoners, asOf: 2021-03-01, source: { name: S, url: 'https://s.org/' } }",
      "      - { value: 35000, measure: detained, source: { name: S, url: 'https://s.org/' } }",
    );
    if (!result.ok) throw new Error(result.errors.map((e) => e.message).join("\n"));
    expect(result.warnings.map((w) => [w.rule, w.path, w.line, w.column])).toEqual([
      ["stale-statistic", "sections[0].statistics[0].asOf", 12, 15],
    ]);
    expect(result.warnings[0]?.message).toBe(
      'statistic "detained in February" is as of 2021-02-28, before the month this brief covers (2021-03); update the value and asOf, or remove it',
    );
  });

  it("flags a section with only a heading, and one with nothing at all", () => {
    const warnings = warningsOf(
      "sections:",
      "  - heading: international response",
      "  - heading: reign of terror",
      "    items: []",
      "  - id: rallies",
      "  - heading: news",
      "    items: [{ body: x }]",
    );
    expect(warnings.map((w) => [w.rule, w.path, w.line, w.column])).toEqual([
      ["empty-section", "sections[0].heading", 8, 14],
      ["empty-section", "sections[1].heading", 9, 14],
      ["empty-section", "sections[2]", 11, 5],
    ]);
    expect(warnings[0]?.message).toBe(
      'section "international response" has only a heading, so it is left out of every output; add items, events or actions under it, or remove it',
    );
    expect(warnings[2]?.message).toMatch(/^this section is empty, so it is left out of every output/);
  });

  it("flags an event listed as upcoming that is past at the document's date", () => {
    const warnings = warningsOf(
      "sections:",
      "  - heading: future dates",
      "    events:",
      "      - { id: rally, title: Rally, date: 2021-02-20 }",
      "      - { id: march, title: March, date: 2021-02-27, endDate: 2021-03-01 }",
      "      - { id: freedom-day, title: Freedom Day, date: 2020-03-25, recurs: yearly }",
      "      - id: vigil",
      "        title: Vigil",
      "        date: 2021-02-01",
      "        endDate: 2021-02-02",
    );
    expect(warnings.map((w) => [w.rule, w.path, w.line, w.column])).toEqual([
      ["past-event", "sections[0].events[0].date", 10, 42],
      ["past-event", "sections[0].events[3].endDate", 16, 18],
    ]);
    expect(warnings[0]?.message).toBe(
      'event "Rally" on 2021-02-20 is before the document\'s date 2021-02-28 but is listed under upcoming dates; update its date, or remove it',
    );
    expect(warnings[1]?.message).toMatch(/^event "Vigil" on 2021-02-02 is before/);
  });

  it("flags a news item without a source", () => {
    const result = load("kind: news-item", "id: n", "locale: en", "title: T", "date: 2024-01-01", "body: B");
    expect(result.ok && result.warnings.map((w) => w.rule)).toEqual(["missing-source"]);
  });

  it("is quiet about a clean document", () => {
    expect(warningsOf("lead:", "  text: Q", "  source: { name: S, url: 'https://spring96.org/' }")).toEqual([]);
  });
});
