import { describe, expect, it } from "vitest";
import { formatProblem, loadDocument } from "../src/index.js";
import { BRIEF_HEAD, errorsOf, load } from "./helpers.js";

const brief = (...rest: string[]) => load(...BRIEF_HEAD, "date: 2021-02-28", ...rest);

describe("loadDocument reports bad input at file:line:column with the field", () => {
  it.each([
    {
      name: "YAML syntax error",
      result: () => load(...BRIEF_HEAD, 'date: "2021-02-28', "tags: [a]"),
      expected: {
        line: 6,
        column: 7,
        path: "",
        message: /^YAML: the quotation mark opened here is never closed; close it at the end of the text$/,
      },
    },
    {
      name: "duplicate key",
      result: () => brief("title: Again"),
      expected: { line: 7, column: 1, path: "", message: /Map keys must be unique/ },
    },
    {
      name: "wrong type: number written with separators",
      result: () => brief("sections:", "  - statistics:", '      - { value: "35,000", measure: detained }'),
      expected: {
        line: 9,
        column: 18,
        path: "sections[0].statistics[0].value",
        message: /must be a number without separators/,
      },
    },
    {
      name: "impossible date",
      result: () => load(...BRIEF_HEAD, "date: 2021-02-30"),
      expected: { line: 6, column: 7, path: "date", message: /must be a real date/ },
    },
    {
      name: "unknown locale",
      result: () => load("kind: brief", "id: x", "locale: by", "title: T", "period: 2021-02", "date: 2021-02-28"),
      expected: { line: 3, column: 9, path: "locale", message: /must be one of: en, be, be-tarask, be-Latn, ru/ },
    },
    {
      name: "bad time zone",
      result: () =>
        brief(
          "sections:",
          "  - events:",
          "      - { id: a, title: A, date: 2021-03-01, time: '18:00', timeZone: America/Chicag }",
        ),
      expected: { line: 9, path: "sections[0].events[0].timeZone", message: /not an IANA time zone/ },
    },
    {
      name: "timed event without a time zone",
      result: () => brief("sections:", "  - events:", "      - { id: a, title: A, date: 2021-03-01, time: '18:00' }"),
      expected: { line: 9, column: 9, path: "sections[0].events[0].timeZone", message: /needs timeZone/ },
    },
    {
      name: "end before start",
      result: () =>
        brief(
          "sections:",
          "  - events:",
          "      - id: a",
          "        title: A",
          "        date: 2021-03-05",
          "        endDate: 2021-03-01",
        ),
      expected: { line: 12, column: 18, path: "sections[0].events[0].endDate", message: /before date/ },
    },
    {
      name: "missing required field",
      result: () => load("kind: brief", "id: x", "locale: en", "period: 2021-02", "date: 2021-02-28"),
      expected: { line: 1, column: 1, path: "title", message: /is required but missing/ },
    },
    {
      name: "unknown field, with the likely spelling",
      result: () => brief("sections:", "  - headng: reign of terror"),
      expected: {
        line: 8,
        column: 5,
        path: "sections[0].headng",
        message: /unknown field "headng" \(did you mean "heading"\?\)/,
      },
    },
    {
      name: "unsafe URL scheme",
      result: () => brief("links:", "  - { title: T, url: 'JavaScript:alert(1)' }"),
      expected: { line: 8, column: 22, path: "links[0].url", message: /only use https:, http: or mailto:/ },
    },
    {
      name: "obfuscated unsafe scheme",
      result: () => brief("links:", '  - { title: T, url: "java\\tscript:alert(1)" }'),
      expected: { line: 8, column: 22, path: "links[0].url", message: /not "javascript:"/ },
    },
    {
      name: "duplicate ids",
      result: () =>
        brief(
          "sections:",
          "  - events:",
          "      - { id: a, title: A, date: 2021-03-01 }",
          "      - { id: a, title: B, date: 2021-03-02 }",
        ),
      expected: {
        line: 10,
        column: 15,
        path: "sections[0].events[1].id",
        message: /already used at sections\[0\].events\[0\]/,
      },
    },
    {
      name: "unknown document kind",
      result: () => load("kind: newsletter", "id: x", "locale: en", "title: T", "date: 2021-02-28"),
      expected: { line: 1, path: "kind", message: /kind must be one of: brief, press-release/ },
    },
    {
      name: "image path outside the content folder",
      result: () =>
        brief(
          "sections:",
          "  - reports:",
          "      - { city: Boston, summary: S, images: [{ src: ../../etc/passwd, alt: x }] }",
        ),
      expected: {
        line: 9,
        column: 53,
        path: "sections[0].reports[0].images[0].src",
        message: /relative to the document's folder, without \.\.\//,
      },
    },
    {
      name: "text where a list belongs",
      result: () => brief("tags: sanctions"),
      expected: { line: 7, column: 7, path: "tags", message: /must be a list, not text/ },
    },
    {
      name: "a number where text belongs",
      result: () => load("kind: brief", "id: x", "locale: en", "title: 2021", "period: 2021-02", "date: 2021-02-28"),
      expected: {
        line: 4,
        column: 8,
        path: "title",
        message: /must be text, not the number 2021 \(put it in quotes: "2021"\)/,
      },
    },
    {
      name: "bad qualifier",
      result: () => brief("sections:", "  - statistics:", "      - { value: 1, qualifier: atleast, measure: m }"),
      expected: {
        line: 9,
        column: 32,
        path: "sections[0].statistics[0].qualifier",
        message: /did you mean "at-least"/,
      },
    },
    {
      name: "a title longer than the limit, with how much to cut",
      result: () =>
        load("kind: brief", "id: x", "locale: en", `title: ${"x".repeat(310)}`, "period: 2021-02", "date: 2021-02-28"),
      expected: {
        line: 4,
        column: 8,
        path: "title",
        message: /is too long: at most 300 characters; it has 310, shorten it by 10/,
      },
    },
    {
      name: "a title of invisible characters only",
      result: () =>
        load("kind: brief", "id: x", "locale: en", 'title: "\u0001\u200b"', "period: 2021-02", "date: 2021-02-28"),
      expected: { line: 4, column: 8, path: "title", message: /has no visible character/ },
    },
    {
      name: "more entries than a list allows",
      result: () => brief(`tags: [${Array.from({ length: 21 }, (_, i) => `t${i}`).join(", ")}]`),
      expected: { line: 7, column: 7, path: "tags", message: /has 21 entries, more than the 20 allowed/ },
    },
    {
      name: "a list instead of a document",
      result: () => load("- kind: brief"),
      expected: { line: 1, column: 1, path: "", message: /a document is a set of fields/ },
    },
  ])("$name", ({ result, expected }) => {
    const errors = errorsOf(result());
    expect(errors[0]).toMatchObject({ severity: "error", file: "test.yaml", line: expected.line, path: expected.path });
    if (expected.column !== undefined) expect(errors[0]?.column).toBe(expected.column);
    expect(errors[0]?.message).toMatch(expected.message);
  });

  it("returns every problem at once, in file order", () => {
    const errors = errorsOf(
      load("kind: brief", "id: Bad_Id", "locale: xx", "title: T", "period: 2021-13", "date: 2021-02-30"),
    );
    expect(errors.map((e) => e.path)).toEqual(["id", "locale", "period", "date"]);
    expect(errors.map((e) => e.line)).toEqual([2, 3, 5, 6]);
  });

  it("formats a problem as file:line:column  severity  path  message", () => {
    const [error] = errorsOf(load(...BRIEF_HEAD, "date: 2021-02-30"));
    expect(formatProblem(error!)).toBe(
      "test.yaml:6:7  error  date  must be a real date written as YYYY-MM-DD, e.g. 2021-03-25",
    );
  });

  it("rejects alias bombs without expanding them", () => {
    const bomb = [
      "a: &a [x, x, x, x, x, x, x, x, x]",
      ...Array.from(
        { length: 9 },
        (_, i) =>
          `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}]`,
      ),
    ];
    const [error] = errorsOf(load(...bomb));
    expect(error?.message).toMatch(/YAML: .*alias/i);
  });

  it("rejects oversized files before parsing", () => {
    const result = loadDocument(`title: ${"x".repeat(2000)}`, "big.yaml", { maxBytes: 1000 });
    expect(errorsOf(result)[0]?.message).toMatch(/more than the 1000 allowed/);
  });

  it("rejects an empty file", () => {
    expect(errorsOf(loadDocument("", "empty.yaml"))[0]).toMatchObject({ line: 1, column: 1 });
  });
});

describe("links follow one rule in every URL field and Markdown link", () => {
  it.each([
    {
      name: "a host name without a scheme, with the https:// address to write",
      lines: ["links:", '  - { title: Congress, url: "www.congress.gov" }'],
      expected: {
        line: 8,
        column: 29,
        path: "links[0].url",
        message: '"www.congress.gov" has no scheme, so it is not a link; did you mean "https://www.congress.gov"?',
      },
    },
    {
      name: "a host name and path without a scheme, in an event",
      lines: [
        "sections:",
        "  - events:",
        "      - id: rally",
        "        title: Rally",
        "        date: 2021-03-25",
        "        url: belarusianchicago.org/rally",
      ],
      expected: {
        line: 12,
        column: 14,
        path: "sections[0].events[0].url",
        message: /did you mean "https:\/\/belarusianchicago\.org\/rally"\?$/,
      },
    },
    {
      name: "an e-mail address without mailto:",
      lines: ["author: { name: Team, url: team@belarus.example.org }"],
      expected: {
        line: 7,
        column: 28,
        path: "author.url",
        message: /did you mean "mailto:team@belarus\.example\.org"\?/,
      },
    },
    {
      name: "a path that climbs up",
      lines: ["links:", "  - { title: T, url: ../../etc/passwd }"],
      expected: {
        line: 8,
        column: 22,
        path: "links[0].url",
        message:
          /"\.\.\/\.\.\/etc\/passwd" is not a link; write a full address starting with https:\/\/.* or a page of this site starting with \//,
      },
    },
    {
      name: "markup instead of an address",
      lines: ["links:", "  - { title: T, url: '<script>alert(1)</script>' }"],
      expected: { line: 8, column: 22, path: "links[0].url", message: /is not a link; write a full address/ },
    },
    {
      name: "a page of the site that climbs out of it",
      lines: ["links:", "  - { title: T, url: /briefs/../../admin }"],
      expected: { line: 8, column: 22, path: "links[0].url", message: /may not contain \.\/ or \.\.\// },
    },
    {
      name: "a page of the site with a backslash",
      lines: ["links:", "  - { title: T, url: '/briefs\\2021-02' }"],
      expected: { line: 8, column: 22, path: "links[0].url", message: /is not a page of this site: .*no spaces, \\/ },
    },
    {
      name: "an address starting with // (another site, without a scheme)",
      lines: ["sections:", "  - events:", "      - { id: a, title: A, date: 2021-03-01, online: //meet.example/x }"],
      expected: {
        line: 9,
        column: 54,
        path: "sections[0].events[0].online",
        message: /did you mean "https:\/\/meet\.example\/x"\?/,
      },
    },
    {
      name: "a Markdown link without a scheme, at the link",
      lines: ["intro: |", "  Write to your senator.", "  Find them at [Congress](www.congress.gov) today."],
      expected: {
        line: 9,
        column: 16,
        path: "intro",
        message: /did you mean "https:\/\/www\.congress\.gov"\?/,
      },
    },
  ])("$name", ({ lines, expected }) => {
    const errors = errorsOf(brief(...lines));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      severity: "error",
      line: expected.line,
      column: expected.column,
      path: expected.path,
    });
    expect(errors[0]?.message).toMatch(expected.message);
  });

  it("accepts a page of the site written from /, https:, mailto: and placeholders", () => {
    const result = brief(
      "intro: See [February](/briefs/2021-02/) and [us](mailto:team@belarus.example.org).",
      "links:",
      "  - { title: A, url: /statements/one-year/ }",
      "  - { title: B, url: 'https://www.congress.gov' }",
      "  - { title: C, url: '#' }",
    );
    expect(result.ok).toBe(true);
  });
});

describe("an all-day event has no time zone", () => {
  it.each([
    {
      name: "one day",
      lines: ["      - { id: a, title: A, date: 2021-03-25, timeZone: Europe/Minsk }"],
      line: 9,
      column: 56,
    },
    {
      name: "several days",
      lines: [
        "      - id: a",
        "        title: A",
        "        date: 2021-03-25",
        "        endDate: 2021-03-27",
        "        timeZone: America/Chicago",
      ],
      line: 13,
      column: 19,
    },
  ])("rejects timeZone without a time: $name", ({ lines, line, column }) => {
    const errors = errorsOf(brief("sections:", "  - events:", ...lines));
    expect(errors).toEqual([
      expect.objectContaining({
        line,
        column,
        path: "sections[0].events[0].timeZone",
        message:
          "an event without a time lasts all day, and an all-day date has no time zone; remove timeZone, or give the start time in time, e.g. time: '18:00'",
      }),
    ]);
  });

  it("keeps timeZone on a timed event", () => {
    const result = brief(
      "sections:",
      "  - events:",
      "      - { id: a, title: A, date: 2021-03-25, time: '18:00', timeZone: Europe/Minsk }",
    );
    expect(result.ok).toBe(true);
  });
});

describe("the first year of a yearly date", () => {
  const errorsOf = (event: string) => {
    const result = brief("sections:", "  - events:", `      - ${event}`);
    return result.ok ? [] : result.errors.map((e) => [e.line, e.column, e.path, e.message]);
  };

  it("is a four-digit year of a yearly date, not after its date", () => {
    expect(errorsOf("{ id: a, title: A, date: 2021-03-25, recurs: yearly, since: 1918 }")).toEqual([]);
    expect(errorsOf("{ id: a, title: A, date: 2021-03-25, since: 1918 }")).toEqual([
      [
        9,
        53,
        "sections[0].events[0].since",
        "since is the first year of a date that returns every year: add recurs: yearly, or remove since",
      ],
    ]);
    expect(errorsOf("{ id: a, title: A, date: 2021-03-25, recurs: yearly, since: 2030 }")).toEqual([
      [
        9,
        69,
        "sections[0].events[0].since",
        "since 2030 is after this date's year 2021; write the year it was first held",
      ],
    ]);
    expect(errorsOf("{ id: a, title: A, date: 2021-03-25, recurs: yearly, since: '1918 year' }")[0]?.[3]).toBe(
      "since is a year, e.g. since: 1918",
    );
  });
});
