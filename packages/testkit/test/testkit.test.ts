import { DOCUMENT_KINDS, Section } from "@belarusbrief/core";
import { describe, expect, it } from "vitest";
import {
  FIXTURE_NAMES,
  fixture,
  fixtures,
  htmlLanguages,
  MARKER_KINDS,
  markersOf,
  resolvedFixture,
  SECTION_PARTS,
  spansOf,
} from "../src/index.js";

describe("fixtures", () => {
  it("all validate", () => {
    expect(Object.keys(fixtures()).sort()).toEqual([...FIXTURE_NAMES].sort());
  });

  it("cover every document kind", () => {
    const kinds = new Set(FIXTURE_NAMES.map((name) => fixture(name).kind));
    expect([...kinds].sort()).toEqual([...DOCUMENT_KINDS].sort());
  });

  it("cover every part a section can hold, and the parity table names each part", () => {
    const parts = Object.keys(Section.shape).filter((key) => !["id", "heading", "locale", "intro"].includes(key));
    expect(Object.keys(SECTION_PARTS).sort()).toEqual(parts.sort());
    const brief = fixture("full-brief");
    for (const part of parts) {
      const used = [brief, fixture("full-press-release")].some((doc) =>
        doc.sections?.some((section) => (section[part as keyof typeof section] as unknown[] | undefined)?.length),
      );
      expect(used, `no full fixture has a section with ${part}`).toBe(true);
    }
  });

  it("yield markers of every kind", () => {
    const kinds = new Set(FIXTURE_NAMES.flatMap((name) => markersOf(resolvedFixture(name)).map((m) => m.kind)));
    expect([...kinds].sort()).toEqual([...MARKER_KINDS].sort());
  });
});

describe("language spans", () => {
  it("are found in the full brief, once each, with their words", () => {
    expect(spansOf(resolvedFixture("full-brief"))).toEqual([
      { locale: "be", text: "Гомель", where: "lead.text" },
      { locale: "be-tarask", text: "Дзень Волі", where: "sections[0].items[0].body" },
    ]);
    expect(spansOf(resolvedFixture("minimal"))).toEqual([]);
  });

  it("are found in titles and headings, named by their field", () => {
    expect(spansOf(resolvedFixture("full-press-release"))).toEqual([
      { locale: "be", text: "Беларусь", where: "richTitle" },
    ]);
    expect(spansOf(resolvedFixture("belarusian"))).toEqual([
      { locale: "be", text: "Мінск", where: "sections[2].richHeading" },
    ]);
  });

  it("are read out of HTML with every element that states a language", () => {
    const html = '<html lang="en"><body><p>In <span lang="be" dir="ltr"><em>Гомель</em>\n</span>.</p></body></html>';
    expect(htmlLanguages(html)).toEqual([
      { lang: "en", text: "In ." },
      { lang: "be", text: "Гомель" },
    ]);
  });

  it("read the words an element in another language holds as that language's, not its parent's", () => {
    const html = '<html lang="be"><body><section lang="en"><h2>In English, from Мінск</h2></section></body></html>';
    expect(htmlLanguages(html)).toEqual([
      { lang: "be", text: "" },
      { lang: "en", text: "In English, from Мінск" },
    ]);
  });
});
