import { describe, expect, it } from "vitest";
import { takeCitation } from "../src/text/citations.js";
import { findDates, yearsIn } from "../src/text/dates.js";
import { detectLocale } from "../src/text/locale.js";
import { inlineTestimony, quotedParagraph, speakerOf } from "../src/text/quotes.js";
import { proseStatistics, statisticLine } from "../src/text/statistics.js";
import { casingOf, fromCapitals, idFrom } from "../src/text/words.js";

describe("dates", () => {
  it("reads the ways the team writes dates, longest reading first", () => {
    const found = findDates("On Feb 18, then May 21st; 9 August 2020, June 7, 2021, FEBRUARY 2021 and 7 чэрвеня 2021.");
    expect(found.map((d) => [d.text, d.year, d.month, d.day])).toEqual([
      ["Feb 18", undefined, 2, 18],
      ["May 21st", undefined, 5, 21],
      ["9 August 2020", 2020, 8, 9],
      ["June 7, 2021", 2021, 6, 7],
      ["FEBRUARY 2021", 2021, 2, undefined],
      ["7 чэрвеня 2021", 2021, 6, 7],
    ]);
  });

  it("does not take the verb 'may', impossible days or numbers that continue", () => {
    expect(findDates("we may 5 times; Feb 30; March 2021; Article 23.34; Feb 18.5")).toHaveLength(1);
    expect(findDates("Feb 30")).toEqual([]);
  });

  it("finds the years a text mentions, in links too, but not inside larger numbers", () => {
    expect(yearsIn("in 2020, /2023/03/ and 12,2021 or 20215 or 2.2019")).toEqual([2020, 2023]);
  });
});

describe("statistics", () => {
  it("reads a line of a statistics block with its qualifier", () => {
    expect(statisticLine("**Protesters detained in Belarus since August: over 35,000**  ")).toMatchObject({
      measure: "Protesters detained in Belarus since August",
      value: 35000,
      qualifier: "over",
    });
    expect(statisticLine("“Political prisoners”: **258**")).toMatchObject({ value: 258, qualifier: "exact" });
    expect(statisticLine("Detained in February: **at least 511**")).toMatchObject({ qualifier: "at-least" });
    expect(statisticLine("Political prisoners: 1 265 as of Dec 31")).toMatchObject({ value: 1265, asOf: "Dec 31" });
  });

  it("refuses lines that are not a measure and a number", () => {
    for (const line of ["March 25: Freedom Day", "Note: see 2", "Prisoners: nearly 300", ": 5"]) {
      expect(statisticLine(line), line).toBeUndefined();
    }
  });

  it("reads counts from running text, and leaves durations, distances, ages and bare numbers alone", () => {
    const found = proseStatistics(
      "As of today, there are more than 1500 political prisoners in Belarus. She faces up to 12 years in prison. " +
        "An 83-year-old man, 300 meters underground, 38 cities. Around 50 civil society organizations almost overnight. " +
        "Belarus has 471 political prisoners as of June 7, 2021.",
    );
    expect(found.map((f) => [f.value, f.qualifier, f.measure, f.asOf])).toEqual([
      [471, "exact", "political prisoners", "June 7, 2021"],
      [1500, "more-than", "political prisoners in Belarus", undefined],
      [50, "about", "civil society organizations", undefined],
    ]);
  });

  it("names what was counted without the auxiliary verb", () => {
    const [found] = proseStatistics("over 30,000 people have been detained in violation of their right to assembly.");
    expect(found?.measure).toBe("people detained in violation of their right to assembly");
  });
});

describe("citations", () => {
  it("takes a trailing (via …) with its language note off a paragraph", () => {
    expect(takeCitation("Text. (via [Spring96](#) in Russian only)")).toEqual({
      rest: "Text.",
      sources: [{ name: "Spring96", url: "#", note: "in Russian only" }],
    });
    expect(takeCitation("Text.(via [A](https://a.example), [B](#))")?.sources.map((s) => s.name)).toEqual(["A", "B"]);
    expect(takeCitation("Text (via Spring96).")).toEqual({ rest: "Text.", sources: [{ name: "Spring96" }] });
    expect(takeCitation("Report. (location: [google drive](#)).")).toMatchObject({
      rest: "Report.",
      label: "location",
      sources: [{ name: "google drive", url: "#", note: "location" }],
    });
  });

  it("leaves citations in the middle, and parentheses that are not sources, where they are", () => {
    expect(takeCitation("A (via [x](#)) and more text.")).toBeUndefined();
    expect(takeCitation("Text (in 2020).")).toBeUndefined();
    expect(takeCitation("Text (via (nested (deeply)) x)")).toBeUndefined();
  });
});

describe("quotations", () => {
  it("separates a quotation from who said it, leaving out the reporting verb", () => {
    expect(quotedParagraph("Human rights organizations observe “a continuation.”")).toEqual({
      quote: { text: "a continuation.", attribution: { description: "Human rights organizations" } },
      dropped: "observe",
    });
  });

  it("tells anonymous speakers from named ones", () => {
    expect(speakerOf("It was hard. One trade unionist who had to leave told Amnesty International:")).toEqual({
      anonymous: true,
      description: "a trade unionist who had to leave",
    });
    expect(speakerOf("They took it, as one trade unionist told Amnesty International:")).toMatchObject({
      description: "a trade unionist",
    });
    expect(speakerOf("Katsyaryna Snytina, a basketball player, who has since been exiled, told us:")).toEqual({
      name: "Katsyaryna Snytina",
      description: "a basketball player",
    });
    expect(speakerOf("The first session focused on the following areas:")).toBeUndefined();
  });

  it("reads a quotation that runs on after the colon", () => {
    expect(inlineTestimony("An actor told Amnesty International:  “Our mindset has changed.”")).toEqual({
      intro: "An actor told Amnesty International:",
      quote: { text: "Our mindset has changed.", attribution: { anonymous: true, description: "an actor" } },
    });
  });
});

describe("words", () => {
  it("writes capitals as the rest of the text writes each word", () => {
    const casing = casingOf("Amnesty International said the Belarusian authorities must act. The authorities did not.");
    expect(fromCapitals("AMNESTY INTERNATIONAL CALLS ON THE BELARUSIAN AUTHORITIES TO:", casing)).toBe(
      "Amnesty International calls on the Belarusian authorities to:",
    );
    expect(fromCapitals("THE OSCE AND THE UN", new Map())).toBe("The OSCE and the UN");
  });

  it("makes ids from any script, cut at a word", () => {
    expect(idFrom("Падпішыце петыцыю да Прэзідэнта Байдэна", 40)).toBe("padpishytse-petytsyiu-da-prezidenta");
    expect(idFrom("future dates & how to help")).toBe("future-dates-and-how-to-help");
    expect(idFrom("🇧🇾", 40, "section")).toBe("section");
  });

  it("tells the languages apart", () => {
    expect(detectLocale("Важна як мага хутчэй спыніць катаванні")).toBe("be");
    expect(detectLocale("Важно как можно скорее прекратить пытки")).toBe("ru");
    expect(detectLocale("Žyvie Biełaruś! Ŭsie čatyry")).toBe("be-Latn");
    expect(detectLocale("Long live Belarus")).toBe("en");
    expect(detectLocale("1234 🇧🇾")).toBeUndefined();
  });
});
