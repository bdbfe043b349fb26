import type { DocumentInput } from "@belarusbrief/core";
import { fixture } from "@belarusbrief/testkit";
import { describe, expect, it } from "vitest";
import { renderMarkdown } from "../src/index.js";
import { resolved } from "./documents.js";
import { markedTokens, nodesOf, parseMarkdown, textOf } from "./parse.js";

// Each case once broke the Markdown as micromark (CommonMark + GFM, as GitHub) or marked (as core
// and many static-site generators) read it; both parsers check each.

const minimal = fixture("minimal") as DocumentInput;
const render = (patch: Record<string, unknown>) =>
  renderMarkdown(resolved({ ...minimal, ...patch } as DocumentInput), { frontMatter: false });
const images = (md: string) => [
  ...nodesOf(parseMarkdown(md), "image").map((n) => n.url),
  ...markedTokens(md).flatMap((t) => (t.type === "image" ? [t.href] : [])),
];
const markedLinks = (md: string) => markedTokens(md).flatMap((t) => (t.type === "link" ? [t.href] : []));
const pixel = "![pixel](https://tracker.example/p.gif)";

describe("text inside a link's text", () => {
  it("never becomes an image or a second link (a source name)", () => {
    const md = render({ source: { name: `a ${pixel} [x](https://evil.example/) b`, url: "https://example.org/" } });
    expect(images(md)).toEqual([]);
    const links = nodesOf(parseMarkdown(md), "link");
    expect(links.map((l) => [l.url, textOf(l)])).toEqual([
      ["https://example.org/", `a ${pixel} [x](https://evil.example/) b`],
    ]);
    expect(markedLinks(md)).toEqual(["https://example.org/"]);
  });

  it("never nests an e-mail autolink starting with a digit or a quote (an event title)", () => {
    const md = render({
      sections: [
        { events: [{ id: "e", title: "x <'a@b.co> <1a@b.co>", date: "2030-03-01", url: "https://example.org/e" }] },
      ],
    });
    expect(nodesOf(parseMarkdown(md), "link").map((l) => [l.url, textOf(l)])).toEqual([
      ["https://example.org/e", "x <'a@b.co> <1a@b.co>"],
    ]);
    expect(markedLinks(md)).toEqual(["https://example.org/e"]);
  });
});

describe("a bare address in text", () => {
  it("shows no stray backslash (GFM's www. and http:// links)", () => {
    const title = "see https://example.org/a<b> and x*www.*y and www.[z]";
    const md = render({ title });
    expect(nodesOf(parseMarkdown(md), "heading").map(textOf)).toEqual([title]);
    expect(markedLinks(md)).toEqual([]);
  });
});

describe("rich text Markdown cannot write as it is", () => {
  const body = (text: string) => parseMarkdown(render({ body: text }));

  it("keeps two hard breaks in a row inside one paragraph", () => {
    const tree = body("one\\\n\\\ntwo");
    expect(nodesOf(tree, "paragraph").map(textOf)).toEqual(["January 1, 2030", "one two"]);
    expect(nodesOf(tree, "break")).toHaveLength(2);
  });

  it("writes bold inside bold as one run of bold", () => {
    const tree = body("**a __b__ c** d");
    expect(nodesOf(tree, "strong").map(textOf)).toEqual(["a b c"]);
  });

  it("moves a hard break out of the end of a bold run instead of showing a backslash", () => {
    // A heading in a field becomes bold text; cleaning empties its second line after the break.
    const tree = body("x\n\nbold\\\n&#x202E;\n===");
    expect(textOf(tree)).not.toContain("\\");
    expect(nodesOf(tree, "strong").map(textOf)).toEqual(["bold"]);
  });

  it("joins neighbouring runs of strikethrough", () => {
    const tree = body("a ~~b~~&#x202E;~~c~~ d");
    expect(nodesOf(tree, "delete").map(textOf)).toEqual(["bc"]);
  });

  it("closes a code block left open, so it does not swallow what follows", () => {
    const md = render({ body: "Code:\n```\nx", sections: [{ heading: "Next section", items: [{ body: "After." }] }] });
    const tree = parseMarkdown(md);
    expect(nodesOf(tree, "heading").map(textOf)).toEqual(["Minimal", "Next section"]);
    expect(nodesOf(tree, "code").map((c) => c.value)).toEqual(["x"]);
    expect(markedTokens(md).flatMap((t) => (t.type === "heading" ? [t.text] : []))).toEqual([
      "Minimal",
      "Next section",
    ]);
  });

  it("writes reference links as inline links and leaves no definition for other fields", () => {
    const md = render({
      body: "See [the report][r] and [R].\n\n[r]: https://a.example/ 'The report'",
      sections: [{ intro: "Also [r] and [x][r]." }],
    });
    const tree = parseMarkdown(md);
    expect(nodesOf(tree, "definition")).toEqual([]);
    expect(nodesOf(tree, "link").map((l) => [textOf(l), l.url])).toEqual([
      ["the report", "https://a.example/"],
      ["R", "https://a.example/"],
    ]);
    expect(markedLinks(md)).toEqual(["https://a.example/", "https://a.example/"]);
    expect(textOf(tree)).toContain("Also [r] and [x][r].");
  });
});
