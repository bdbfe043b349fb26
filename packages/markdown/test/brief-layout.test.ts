import { readFileSync } from "node:fs";
import { resolve } from "@belarusbrief/core";
import { fixture, loadSeeds, normalizeText, resolvedFixture, resolveLoaded } from "@belarusbrief/testkit";
import { describe, expect, it } from "vitest";
import { renderMarkdown } from "../src/index.js";
import { nodesOf, parseMarkdown, textOf } from "./parse.js";

const SEED = new URL("../../../apps/newsletter/seeds/000_30d1868c756316bf.txt", import.meta.url);
const loaded = loadSeeds()["2021-02-brief.yaml"];

describe.runIf(loaded !== undefined)("the February 2021 brief (seed 000)", () => {
  const doc = resolveLoaded(loaded as NonNullable<typeof loaded>);
  const ours = parseMarkdown(renderMarkdown(doc, { frontMatter: false }));
  const top = ours.children.map((n) => n.type);
  const paragraphs = nodesOf(ours, "paragraph").map(textOf);

  it("opens like the seed: title, tagline and month, rule, lead quote with its source, rule, first heading", () => {
    expect(top.slice(0, 6)).toEqual(["heading", "paragraph", "thematicBreak", "paragraph", "thematicBreak", "heading"]);
    expect(textOf(ours.children[1] as never)).toBe("News from the Belarusian Diaspora in the USA, FEBRUARY 2021");
    expect(textOf(ours.children[3] as never)).toMatch(
      /^Human rights organizations: “a continuation of the trend .* situation\.” \(via Spring96\)$/,
    );
  });

  it("prints the statistics as one block of lines, numbers in bold, with one note giving their date and source", () => {
    const block = nodesOf(ours, "paragraph").find((p) => textOf(p).startsWith("Protesters detained"));
    expect(block).toBeDefined();
    expect(nodesOf(block as never, "break")).toHaveLength(2);
    expect(nodesOf(block as never, "strong").map(textOf)).toEqual(["over 35,000", "258", "at least 511"]);
    expect(textOf(block as never)).toMatch(
      /Detained in February: at least 511 \(as of February 28, 2021; via Spring96\)$/,
    );
  });

  it("ends each item with its date and source, and each event starts with its date and year", () => {
    expect(paragraphs).toContainEqual(expect.stringMatching(/^On Feb 18, .* \(February 18, 2021; via State\.gov\)$/));
    expect(paragraphs).toContainEqual(expect.stringMatching(/^March 8, 2021 · every year: Belarusians will celebrate/));
    expect(paragraphs).toContainEqual(
      expect.stringMatching(
        /^March 25, 2021 · every year · 103rd anniversary: Belarusians will celebrate Freedom Day\. .* \(via BelarusChicago\)$/,
      ),
    );
  });

  it("keeps the seed's headings and a rule before the untitled rally section, each report ending with its place", () => {
    expect(nodesOf(ours, "heading").map(textOf)).toEqual([
      "BelarusBrief",
      "international response",
      "reign of terror",
      "future dates & how to help",
    ]);
    const rally = top.lastIndexOf("thematicBreak");
    expect(textOf(ours.children[rally + 1] as never)).toMatch(/^In February, the Belarusian diaspora held/);
    expect(paragraphs).toContainEqual(
      expect.stringMatching(/^In Boston, MA, over 60 people .* \(Boston, MA, USA; Attendance: over 60\)$/),
    );
  });

  it("has every paragraph of the seed, apart from the lead's wording and the events' full dates", () => {
    const theirs = parseMarkdown(readFileSync(SEED, "utf8"));
    const ourText = normalizeText(paragraphs.join(" ")).replace(/ \([^()]*\)/g, "");
    const missing = nodesOf(theirs, "paragraph")
      .map((p) =>
        normalizeText(textOf(p))
          .replace(/ ?\((via|location:) [^)]*\)\.?/g, "")
          .slice(0, 60),
      )
      .filter((start) => !ourText.includes(start));
    expect(missing).toEqual([
      "Human rights organizations observe “a continuation of the tr",
      // Ours: "March 8, 2021 · every year: Belarusians will celebrate…"
      "March 8: Belarusians will celebrate International Women's Da",
      "March 25: Belarusians will celebrate Freedom Day. On that da",
    ]);
  });
});

describe("a brief without a lead or tagline", () => {
  it("still has a month line and a single rule before the first section", () => {
    const doc = fixture("full-brief");
    if (doc.kind !== "brief") throw new Error("full-brief is a brief");
    const { lead: _, tagline: __, ...rest } = doc;
    const tree = parseMarkdown(
      renderMarkdown(resolve(rest, { baseUrl: "https://belarus.example.org/" }), { frontMatter: false }),
    );
    expect(tree.children.slice(0, 4).map((n) => n.type)).toEqual([
      "heading",
      "paragraph",
      "thematicBreak",
      "paragraph",
    ]);
    expect(textOf(tree.children[1] as never)).toBe("JANUARY 2030");
  });

  it("keeps two neighbouring lists apart", () => {
    const tree = parseMarkdown(renderMarkdown(resolvedFixture("full-brief"), { frontMatter: false }));
    const lists = nodesOf(tree, "list").map((l) => l.children.map(textOf));
    expect(lists).toEqual([
      ["Release all political prisoners.", "End torture in detention."],
      ["The full list of demands"],
      ["Annual report of Viasna — Viasna"],
    ]);
  });
});
