import { describe, expect, it } from "vitest";
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

  it("flags a news item without a source", () => {
    const result = load("kind: news-item", "id: n", "locale: en", "title: T", "date: 2024-01-01", "body: B");
    expect(result.ok && result.warnings.map((w) => w.rule)).toEqual(["missing-source"]);
  });

  it("is quiet about a clean document", () => {
    expect(warningsOf("lead:", "  text: Q", "  source: { name: S, url: 'https://spring96.org/' }")).toEqual([]);
  });
});
