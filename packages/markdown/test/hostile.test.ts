import { formatStatistic, urlProblem } from "@belarusbrief/core";
import { fixture, normalizeText } from "@belarusbrief/testkit";
import { marked, type Token } from "marked";
import { describe, expect, it } from "vitest";
import { renderMarkdown } from "../src/index.js";
import { nodesOf, parseMarkdown, textOf } from "./parse.js";

const doc = fixture("hostile");
if (doc.kind !== "brief") throw new Error("the hostile fixture is a brief");
const section = doc.sections?.[0];
const output = await renderMarkdown(doc);
const tree = parseMarkdown(output);

describe("the hostile fixture", () => {
  it("produces no HTML: micromark finds no html node", () => {
    expect(nodesOf(tree, "html").map((n) => n.value)).toEqual([]);
  });

  it("produces no HTML: marked, a second parser, finds no html token either", () => {
    const tokens: Token[] = [];
    marked.walkTokens(marked.lexer(output), (token) => {
      tokens.push(token);
    });
    expect(tokens.filter((t) => t.type === "html").map((t) => t.raw)).toEqual([]);
    for (const t of tokens) if (t.type === "link") expect(urlProblem(t.href), t.href).toBeUndefined();
  });

  it("links only to safe addresses and shows no images", () => {
    expect(nodesOf(tree, "image")).toEqual([]);
    expect(nodesOf(tree, "definition")).toEqual([]);
    for (const node of nodesOf(tree, "link")) expect(urlProblem(node.url), node.url).toBeUndefined();
    expect(output).not.toMatch(/(?<!\\)\]\(\s*javascript:/i);
  });

  it("turns no plain-text markup into formatting", () => {
    expect(nodesOf(tree, "emphasis").map(textOf)).toEqual([]);
    expect(nodesOf(tree, "delete")).toEqual([]);
    expect(nodesOf(tree, "table")).toEqual([]);
    expect(nodesOf(tree, "inlineCode").map((n) => n.value)).toEqual(["code"]); // the lead's own `code`
    const stat = section?.statistics?.[0];
    const expected = [
      stat && formatStatistic(stat, doc.locale).value,
      section?.items?.[0]?.lead,
      section?.events?.[0]?.title,
      section?.actions?.[0]?.title,
      section?.reports?.[0]?.city,
    ].map((t) => normalizeText(t ?? ""));
    expect(nodesOf(tree, "strong").map(textOf)).toEqual(expected);
  });

  it("has exactly the headings of the model, showing their text as written", () => {
    const headings = nodesOf(tree, "heading").map((h) => [h.depth, textOf(h)]);
    expect(headings).toEqual([
      [1, normalizeText(doc.title)],
      [2, normalizeText(section?.heading ?? "")],
    ]);
    expect(nodesOf(tree, "list")).toEqual([]);
    expect(nodesOf(tree, "blockquote")).toEqual([]);
  });

  it("strips control characters and bidi overrides", () => {
    // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for control characters
    expect(output).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u202a-\u202e]/);
  });
});
