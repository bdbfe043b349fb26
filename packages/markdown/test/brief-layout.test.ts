import { readFileSync } from "node:fs";
import { type Document, formatStatistic } from "@belarusbrief/core";
import { fixture, normalizeText, seedDocuments } from "@belarusbrief/testkit";
import { describe, expect, it } from "vitest";
import { renderMarkdown } from "../src/index.js";
import { nodesOf, parseMarkdown, textOf } from "./parse.js";

const SEED = new URL("../../../apps/newsletter/seeds/000_30d1868c756316bf.txt", import.meta.url);
const seedDoc: Document | undefined = seedDocuments()["2021-02-brief.yaml"];

describe.runIf(seedDoc !== undefined)("the February 2021 brief (seed 000)", async () => {
  const doc = seedDoc as Document;
  const ours = parseMarkdown(await renderMarkdown(doc));
  const top = ours.children.map((n) => n.type);

  it("opens like the seed: title, tagline and month, rule, lead quote with its source, rule, first heading", () => {
    expect(top.slice(0, 6)).toEqual(["heading", "paragraph", "thematicBreak", "paragraph", "thematicBreak", "heading"]);
    expect(textOf(ours.children[1] as never)).toBe("News from the Belarusian Diaspora in the USA, FEBRUARY 2021");
    const lead = ours.children[3] as never;
    expect(textOf(lead)).toMatch(/“a continuation of the trend .* situation\.” \(via Spring96\)$/);
    expect(nodesOf(lead, "link").map((l) => [textOf(l), l.url])).toEqual([["Spring96", "#"]]);
  });

  it("prints the statistics as one block of lines with the numbers in bold and one citation", () => {
    const block = nodesOf(ours, "paragraph").find((p) => textOf(p).startsWith("Protesters detained"));
    expect(block).toBeDefined();
    expect(nodesOf(block as never, "break")).toHaveLength(2);
    expect(nodesOf(block as never, "strong").map(textOf)).toEqual(["over 35,000", "258", "at least 511"]);
    expect(nodesOf(block as never, "link").map(textOf)).toEqual(["Spring96"]);
    const stats = doc.sections?.flatMap((s) => s.statistics ?? []) ?? [];
    expect(stats.map((s) => formatStatistic(s, "en").value)).toEqual(["over 35,000", "258", "at least 511"]);
  });

  it("keeps the seed's headings and a rule before the untitled rally section", () => {
    expect(nodesOf(ours, "heading").map(textOf)).toEqual([
      "BelarusBrief",
      "international response",
      "reign of terror",
      "future dates & how to help",
    ]);
    const rally = top.lastIndexOf("thematicBreak");
    expect(textOf(ours.children[rally + 1] as never)).toMatch(/^In February, the Belarusian diaspora held/);
  });

  it("has the seed's paragraphs, apart from the lead's wording and citation placement", () => {
    const theirs = parseMarkdown(readFileSync(SEED, "utf8"));
    const ourText = normalizeText(nodesOf(ours, "paragraph").map(textOf).join(" ")).replace(/ \(via [^)]*\)/g, "");
    const missing = nodesOf(theirs, "paragraph")
      .map((p) =>
        normalizeText(textOf(p))
          .replace(/ ?\((via|location:) [^)]*\)\.?/g, "")
          .slice(0, 60),
      )
      .filter((start) => !ourText.includes(start));
    expect(missing).toEqual(["Human rights organizations observe “a continuation of the tr"]);
  });
});

describe("a brief without a lead or tagline", () => {
  it("still has a month line and a single rule before the first section", async () => {
    const doc = fixture("full-brief");
    if (doc.kind !== "brief") throw new Error("full-brief is a brief");
    const { lead: _, tagline: __, ...rest } = doc;
    const tree = parseMarkdown(await renderMarkdown(rest));
    expect(tree.children.slice(0, 4).map((n) => n.type)).toEqual([
      "heading",
      "paragraph",
      "thematicBreak",
      "paragraph",
    ]);
    expect(textOf(tree.children[1] as never)).toBe("JANUARY 2030");
  });

  it("keeps two neighbouring lists apart", async () => {
    const tree = parseMarkdown(await renderMarkdown(fixture("full-brief")));
    const lists = nodesOf(tree, "list").map((l) => l.children.map(textOf));
    expect(lists).toEqual([
      ["Release all political prisoners.", "End torture in detention."],
      ["The full list of demands"],
      ["Annual report of Viasna — Viasna"],
    ]);
  });
});
