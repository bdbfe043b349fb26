import { Document, type DocumentInput } from "@belarusbrief/core";
import { fixture, normalizeText } from "@belarusbrief/testkit";
import fc from "fast-check";
import { marked } from "marked";
import { describe, expect, it } from "vitest";
import { escapeText } from "../src/escape.js";
import { renderMarkdown } from "../src/index.js";
import { link } from "../src/link.js";
import { sanitize } from "../src/sanitize.js";
import { markedTokens, nodesOf, parseMarkdown, textOf } from "./parse.js";

// Bugs reported by apps/security (known-issues.test.ts), each checked with micromark (CommonMark +
// GFM, as GitHub) and with marked 18 (as the CLI's privacy check and many static-site generators).

const doc = (patch: Record<string, unknown>) => Document.parse({ ...fixture("minimal"), ...patch } as DocumentInput);
const images = (md: string) => [
  ...nodesOf(parseMarkdown(md), "image").map((n) => n.url),
  ...markedTokens(md).flatMap((t) => (t.type === "image" ? [t.href] : [])),
];
const markedTexts = (md: string, type: string) =>
  markedTokens(md).flatMap((t) => (t.type === type && "text" in t ? [t.text] : []));
const markedLinks = (md: string) => markedTokens(md).flatMap((t) => (t.type === "link" ? [t.href] : []));

describe("plain text inside a link's text", () => {
  const pixel = "![pixel](https://tracker.example/p.gif)";

  it("never becomes an image or a second link, in micromark or marked (source name of a news item)", async () => {
    const md = await renderMarkdown(doc({ body: "x", source: { name: pixel, url: "https://example.org/" } }));
    expect(images(md)).toEqual([]);
    const links = nodesOf(parseMarkdown(md), "link");
    expect(links.map((l) => [l.url, textOf(l)])).toEqual([["https://example.org/", pixel]]);
    expect(markedLinks(md)).toEqual(["https://example.org/"]);
  });

  it("is exactly one link showing the label, for any label (both parsers)", () => {
    const url = "https://example.org/";
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...LABEL), { maxLength: 30 }), (chars) => {
        const label = chars.join("");
        const md = link(label, url);
        expect(images(md)).toEqual([]);
        const links = nodesOf(parseMarkdown(md), "link");
        expect(links.map((l) => [l.url, textOf(l)])).toEqual([[url, normalizeText(label)]]);
        expect(markedLinks(md)).toEqual([url]);
      }),
      { numRuns: 1500 },
    );
  });

  it("in a Markdown field, `\\[` in a link's text does not become an image in marked", () => {
    const md = sanitize(`[a ${pixel.replace("[", "\\[").replace("]", "\\]")} b](https://example.org/)`).markdown;
    expect(images(md)).toEqual([]);
    expect(markedLinks(md)).toEqual(["https://example.org/"]);
    expect(textOf(parseMarkdown(md))).toBe(`a ${pixel} b`);
  });
});

describe("plain text outside links", () => {
  it("forms no image or link in marked, and only GFM's bare-address links in micromark, showing the text as written", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...LABEL), { maxLength: 30 }), (chars) => {
        const text = chars.join("");
        const md = escapeText(text);
        expect(images(md)).toEqual([]);
        expect(markedLinks(md)).toEqual([]);
        const tree = parseMarkdown(md);
        for (const l of nodesOf(tree, "link"))
          expect([textOf(l), `http://${textOf(l)}`, `mailto:${textOf(l)}`]).toContain(l.url);
        expect(textOf(tree)).toBe(normalizeText(text));
      }),
      { numRuns: 1500 },
    );
  });

  it("shows no stray backslash after a bare address (GFM autolink literal)", async () => {
    const title = "see https://example.org/a<b> and www.example.org/c*d";
    const md = await renderMarkdown(doc({ title }));
    expect(nodesOf(parseMarkdown(md), "heading").map(textOf)).toEqual([title]);
  });
});

describe("a Markdown field is self-contained", () => {
  it.each(["```", "~~~", "````js", "  ```"])(
    "an unclosed %s does not swallow what follows (both parsers)",
    async (fence) => {
      const md = await renderMarkdown(
        doc({
          sections: [{ intro: `Code:\n${fence}\nx`, items: [{ lead: "Important" }] }, { heading: "Next section" }],
        }),
      );
      const tree = parseMarkdown(md);
      expect(nodesOf(tree, "heading").map(textOf)).toEqual(["Minimal", "Next section"]);
      expect(nodesOf(tree, "code").map((c) => c.value)).toEqual(["x"]);
      expect(nodesOf(tree, "strong").map(textOf)).toEqual(["Important"]);
      expect(markedTexts(md, "heading")).toEqual(["Minimal", "Next section"]);
      expect(markedTexts(md, "code")).toEqual(["x"]);
    },
  );

  it("keeps a testimony's attribution out of a code block left open in its text", async () => {
    const input = fixture("full-statement") as DocumentInput & {
      sections: { items?: { quote?: { text: string } }[] }[];
    };
    const quote = input.sections.flatMap((s) => s.items ?? []).find((i) => i.quote)?.quote;
    if (!quote) throw new Error("full-statement has no testimony");
    quote.text = "It began:\n```";
    const tree = parseMarkdown(await renderMarkdown(Document.parse(input)));
    expect(nodesOf(tree, "code").map((c) => c.value)).toEqual([""]);
    const block = nodesOf(tree, "blockquote").find((b) => textOf(b).startsWith("It began:"));
    expect(block?.children.map((c) => c.type)).toEqual(["paragraph", "code", "paragraph"]);
    expect(textOf(block?.children[2] as never)).toMatch(/^— /);
  });

  it("ends with everything closed, for any mix of hostile Markdown (both parsers)", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...FIELD), { maxLength: 10 }), (parts) => {
        const md = `${sanitize(parts.join("")).markdown}\n\n# After`;
        expect(parseMarkdown(md).children.at(-1)).toMatchObject({ type: "heading", children: [{ value: "After" }] });
        expect(marked.lexer(md).at(-1)).toMatchObject({ type: "heading", text: "After" });
      }),
      { numRuns: 1500 },
    );
  });

  it("turns its reference links into inline links and leaves no definition to other fields", async () => {
    const md = await renderMarkdown(
      doc({
        sections: [
          { intro: "See [the report][r] and [R].\n\n[r]: https://a.example/ 'The report'" },
          { heading: "Next", intro: "Also [r] and [x][r]." },
        ],
      }),
    );
    const tree = parseMarkdown(md);
    expect(nodesOf(tree, "definition")).toEqual([]);
    expect(nodesOf(tree, "linkReference")).toEqual([]);
    const links = nodesOf(tree, "link").map((l) => [textOf(l), l.url, l.title]);
    expect(links).toEqual([
      ["the report", "https://a.example/", "The report"],
      ["R", "https://a.example/", "The report"],
    ]);
    expect(markedLinks(md)).toEqual(["https://a.example/", "https://a.example/"]);
    expect(Object.keys(marked.lexer(md).links)).toEqual([]);
    expect(textOf(tree)).toContain("Also [r] and [x][r].");
  });
});

describe("invisible characters", () => {
  it("removes U+FEFF from plain text instead of showing a space", async () => {
    expect(escapeText("a\uFEFFb \uFEFF")).toBe("ab");
    const md = await renderMarkdown(doc({ title: "Bel\uFEFFarus" }));
    expect(nodesOf(parseMarkdown(md), "heading").map(textOf)).toEqual(["Belarus"]);
  });

  it("removes bidi controls and U+FEFF from Markdown fields, also written as character references", async () => {
    const body = "a\u202Eb &#x202E;c&#8238; &#x2066;d &#xFEFF;e \\&#x202E; [f&#65279;](https://example.org/)";
    const md = await renderMarkdown(doc({ body, title: "T\u202Eitle\u2069" }));
    const text = nodesOf(parseMarkdown(md), "root").map(textOf)[0] ?? "";
    expect(text).not.toMatch(/[\u202a-\u202e\u2066-\u2069\ufeff]/);
    expect(text).toContain("ab c d e &#x202E; f");
    expect(md).not.toMatch(/[\u202a-\u202e\u2066-\u2069\ufeff]/);
  });
});

// Characters that make links, images and bare addresses, with letters and white space.
const LABEL = [
  ..."![]()<>\\:/.@ \n",
  "https://",
  "http://",
  "www.",
  "ftp://",
  "x",
  "ab",
  "![",
  "](",
  "\u202e",
  "\ufeff",
];
const FIELD = [
  "```",
  "~~~",
  "````",
  "\n",
  "\n\n",
  "x",
  "> ",
  "- ",
  "    ",
  "<pre>",
  "<!--",
  "<script>",
  "[r]: https://example.org/",
  "[r]",
  "[^1]: note",
  "| a |\n|---|",
  "**",
];
