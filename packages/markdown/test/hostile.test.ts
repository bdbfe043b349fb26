import { normalizeText, resolvedFixture } from "@belarusbrief/testkit";
import { describe, expect, it } from "vitest";
import { renderMarkdown } from "../src/index.js";
import { markedText, markedTokens, nodesOf, parseMarkdown, textOf } from "./parse.js";

const doc = resolvedFixture("hostile");
const section = doc.sections[0];
const output = renderMarkdown(doc, { frontMatter: false });
const tree = parseMarkdown(output);
const tokens = markedTokens(output);

describe("the hostile fixture", () => {
  it("produces no HTML and no image: micromark finds no html or image node", () => {
    expect(nodesOf(tree, "html").map((n) => n.value)).toEqual([]);
    expect(nodesOf(tree, "image")).toEqual([]);
    expect(nodesOf(tree, "definition")).toEqual([]);
  });

  it("produces no HTML and no image: marked, a second parser, finds none either", () => {
    expect(tokens.filter((t) => t.type === "html" || t.type === "image").map((t) => t.raw)).toEqual([]);
  });

  it("links exactly where the document links, in both parsers", () => {
    const expected = [
      "https://example.org/?a=1&b=%3C2%3E",
      "https://example.org/x?a=1&b=%222%22&c=%3C3%3E",
      "https://example.org/a?x=1&y=2",
      "https://example.org/share?q=%3Cx%3E&r=%22y%22",
    ];
    expect(nodesOf(tree, "link").map((l) => l.url)).toEqual(expected);
    expect(tokens.flatMap((t) => (t.type === "link" ? [t.href] : []))).toEqual(expected);
  });

  it("turns no plain-text markup into formatting", () => {
    expect(nodesOf(tree, "emphasis").map(textOf)).toEqual([]);
    expect(nodesOf(tree, "delete")).toEqual([]);
    expect(nodesOf(tree, "table")).toEqual([]);
    expect(nodesOf(tree, "inlineCode").map((n) => n.value)).toEqual(["code"]); // the lead's own `code`
    const expected = [
      section?.statistics[0]?.phrase,
      section?.items[0]?.lead,
      section?.events[0]?.title,
      section?.actions[0]?.title,
      section?.reports[0]?.place,
    ].map((t) => normalizeText(t ?? ""));
    expect(nodesOf(tree, "strong").map(textOf)).toEqual(expected);
    expect(tokens.filter((t) => t.type === "strong").map(markedText)).toEqual(expected);
    expect(tokens.filter((t) => t.type === "em" || t.type === "del" || t.type === "table")).toEqual([]);
  });

  it("has exactly the headings of the model, showing their text as written", () => {
    const headings = nodesOf(tree, "heading").map((h) => [h.depth, textOf(h)]);
    expect(headings).toEqual([
      [1, normalizeText(doc.title)],
      [2, normalizeText(section?.heading ?? "")],
    ]);
    expect(tokens.filter((t) => t.type === "heading").map(markedText)).toEqual(headings.map(([, text]) => text));
    expect(nodesOf(tree, "list")).toEqual([]);
    expect(nodesOf(tree, "blockquote")).toEqual([]);
  });

  it("shows the tagline as written, its control characters and bidi overrides gone", () => {
    expect(textOf(tree.children[1] as never)).toBe("# not a heading evil, FEBRUARY 2030");
    // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for control characters
    expect(output).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u202a-\u202e\u2066-\u2069]/);
  });
});
