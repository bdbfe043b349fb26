import { urlProblem } from "@belarusbrief/core";
import { normalizeText } from "@belarusbrief/testkit";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapeText } from "../src/escape.js";
import { sanitize } from "../src/sanitize.js";
import { nodesOf, parseMarkdown, textOf } from "./parse.js";

// Characters that mean something in Markdown or HTML, plus letters; no "w", "h" or "@", so no autolink literal can form.
const PLAIN = [..."*_[]<>|\\`#&;!-+=1.)(~ \n\tax:/{}$^\"'!\u0001\u202e"];
const MARKDOWN = [
  "<script>alert(1)</script>",
  "<a href='javascript:x'>a</a>",
  "<!-- c -->",
  "[x](javascript:y)",
  "[x](jav&#x61;script:y)",
  "![i](javascript:z)",
  "![i](https://example.org/i.png)",
  "<javascript:alert(1)>",
  "[r]",
  "[r]: javascript:1",
  "[![i](javascript:1)](javascript:2)",
  "`<b>`",
  "```\n<b>\n```",
  "\n",
  "\n\n",
  "> ",
  "- ",
  "    ",
  "text",
  "**",
  "<div>",
  "</div>",
];

describe("escapeText", () => {
  it("shows any text exactly, as one paragraph of text", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PLAIN), { maxLength: 40 }), (chars) => {
        const input = chars.join("");
        const tree = parseMarkdown(escapeText(input));
        const kinds = new Set<string>();
        const walk = (n: { type: string; children?: unknown[] }) => {
          kinds.add(n.type);
          for (const c of (n.children ?? []) as (typeof n)[]) walk(c);
        };
        walk(tree);
        kinds.delete("root");
        kinds.delete("paragraph");
        kinds.delete("text");
        expect([...kinds]).toEqual([]);
        expect(textOf(tree)).toBe(normalizeText(input));
      }),
      { numRuns: 2000 },
    );
  });
});

describe("sanitize", () => {
  it("leaves no raw HTML, images or unsafe links in any mix of hostile Markdown", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...MARKDOWN), { maxLength: 12 }), (parts) => {
        const tree = parseMarkdown(sanitize(parts.join("")).markdown);
        expect(nodesOf(tree, "html")).toEqual([]);
        expect(nodesOf(tree, "image")).toEqual([]);
        expect(nodesOf(tree, "imageReference")).toEqual([]);
        for (const type of ["link", "definition"] as const)
          for (const node of nodesOf(tree, type)) expect(urlProblem(node.url), node.url).toBeUndefined();
      }),
      { numRuns: 2000 },
    );
  });

  it("keeps safe Markdown as written", () => {
    const md = "Some *emphasis*, **strong**, [a link](https://example.org/) and\n\n- a list\n- of two";
    expect(sanitize(md).markdown).toBe(md);
  });

  it("keeps the text of an unsafe link and shows HTML as text", () => {
    const tree = parseMarkdown(sanitize("[click](javascript:alert(1)) <b>x</b>").markdown);
    expect(textOf(tree)).toBe("click <b>x</b>");
    expect(nodesOf(tree, "link")).toEqual([]);
  });

  it("turns an image into a link, so a viewer never fetches it", () => {
    const tree = parseMarkdown(sanitize("![a map](https://example.org/map.png)").markdown);
    expect(nodesOf(tree, "link").map((l) => [l.url, textOf(l)])).toEqual([["https://example.org/map.png", "a map"]]);
  });
});
