import { cleanText, sameAddress, urlProblem } from "@belarusbrief/core";
import fc from "fast-check";
import type { Nodes } from "mdast";
import { describe, expect, it } from "vitest";
import { documentTree } from "../src/document-tree.js";
import { renderMarkdown } from "../src/index.js";
import { hostileDocument, linkingTo, resolved } from "./documents.js";
import { isAddress, markedText, markedTokens, nodesOf, parseMarkdown, signature } from "./parse.js";

const OPTIONS = { frontMatter: false, headingOffset: 0 };
const RUNS = { numRuns: 200 };

describe("any document, however hostile its text", () => {
  it("reads back in micromark (CommonMark + GFM) as exactly the tree it was written from", () => {
    fc.assert(
      fc.property(hostileDocument, (input) => {
        const doc = resolved(input);
        const output = renderMarkdown(doc, OPTIONS);
        const tree = parseMarkdown(output);
        expect(signature(tree)).toBe(signature(documentTree(doc, OPTIONS)));
        for (const type of ["html", "image", "imageReference", "definition", "footnoteDefinition"] as const)
          expect(nodesOf(tree, type)).toEqual([]);
        // GitHub links a bare address in text (`www.x`, `a@b.co`) whatever escapes it; such a link shows its address.
        for (const link of nodesOf(tree, "link"))
          expect(
            urlProblem(link.url) === undefined || (isAddress(link) && /^(https?|mailto):/.test(link.url)),
            link.url,
          ).toBe(true);
        expect(cleanText(output)).toBe(output);
      }),
      RUNS,
    );
  });

  it("reads back in marked with the same links and blocks, no formatting the tree lacks, and no HTML or image", () => {
    fc.assert(
      fc.property(hostileDocument, (input) => {
        const doc = resolved(input);
        const output = renderMarkdown(doc, OPTIONS);
        const tree: Nodes = documentTree(doc, OPTIONS);
        const tokens = markedTokens(output);
        const count = (type: string) => tokens.filter((t) => t.type === type).length;
        const ours = (type: Nodes["type"]) => nodesOf(tree, type).length;
        expect(tokens.filter((t) => t.type === "html" || t.type === "image").map((t) => t.raw)).toEqual([]);
        // Bare addresses in text become links in marked too, showing the address itself.
        const links = tokens.flatMap((t) => (t.type === "link" && !sameAddress(markedText(t), t.href) ? [t.href] : []));
        expect(links).toEqual(nodesOf(tree, "link").flatMap((l) => (isAddress(l) ? [] : [l.url])));
        expect(["heading", "blockquote", "list", "table", "hr", "code"].map(count)).toEqual(
          (["heading", "blockquote", "list", "table", "thematicBreak", "code"] as const).map(ours),
        );
        // marked sometimes reads fewer emphasis runs than CommonMark (`**a\<c>*e*d**` stays
        // literal), never more.
        expect(count("strong")).toBeLessThanOrEqual(ours("strong"));
        expect(count("em")).toBeLessThanOrEqual(ours("emphasis"));
        expect(count("del")).toBeLessThanOrEqual(ours("delete"));
        expect(count("codespan")).toBeLessThanOrEqual(ours("inlineCode"));
      }),
      RUNS,
    );
  });
});

describe("a javascript: or data: link in a Markdown field, written in code past the loader", () => {
  const schemes = [
    "javascript:alert(1)",
    "JavaScript:alert(1)",
    "java\tscript:x",
    "data:text/html,<b>x</b>",
    "vbscript:x",
  ];

  it.each(schemes)("%s never comes out as a link, in either parser", (url) => {
    const output = renderMarkdown(linkingTo(url, "here"));
    expect(nodesOf(parseMarkdown(output), "link")).toEqual([]);
    expect(markedTokens(output).filter((t) => t.type === "link" || t.type === "image")).toEqual([]);
  });

  it("keeps only https:, http: and mailto: links, for any address", () => {
    const part = fc.constantFrom(
      "javascript:",
      "data:",
      "https://example.org/",
      "mailto:a@b.co",
      "x",
      "(",
      ")",
      "<",
      ">",
      " ",
      "\\",
      "%",
      "&#x3A;",
    );
    fc.assert(
      fc.property(fc.array(part, { minLength: 1, maxLength: 6 }), (parts) => {
        const output = renderMarkdown(linkingTo(parts.join(""), "here"));
        const hrefs = [
          ...nodesOf(parseMarkdown(output), "link").map((l) => l.url),
          ...markedTokens(output).flatMap((t) => (t.type === "link" ? [t.href] : [])),
        ];
        for (const href of hrefs) expect(/^(https?:\/\/|mailto:)/i.test(href) && !urlProblem(href), href).toBe(true);
      }),
      RUNS,
    );
  });
});
