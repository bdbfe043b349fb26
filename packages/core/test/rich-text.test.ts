import { describe, expect, it } from "vitest";
import {
  type Inline,
  inlineToText,
  oneLine,
  parseMarkdown,
  parseTitle,
  type RichText,
  titleToHtml,
  titleWords,
  toHtml,
  toText,
} from "../src/index.js";
import { load } from "./helpers.js";

const tree = (markdown: string): RichText => parseMarkdown(markdown).tree;

describe("parseMarkdown: one parser, a tree that is safe by construction", () => {
  it("keeps paragraphs, emphasis, lists, quotes, code, tables and rules", () => {
    const parsed = tree(
      "A **bold** _em_ ~~del~~ `code`\n\n- one\n- two\n\n3. three\n\n> quoted\n\n```\nx < y\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n---",
    );
    expect(parsed.map((b) => b.type)).toEqual([
      "paragraph",
      "list",
      "list",
      "blockquote",
      "codeBlock",
      "table",
      "rule",
    ]);
    expect(parsed[0]).toEqual({
      type: "paragraph",
      children: [
        { type: "text", value: "A " },
        { type: "strong", children: [{ type: "text", value: "bold" }] },
        { type: "text", value: " " },
        { type: "emphasis", children: [{ type: "text", value: "em" }] },
        { type: "text", value: " " },
        { type: "delete", children: [{ type: "text", value: "del" }] },
        { type: "text", value: " " },
        { type: "code", value: "code" },
      ],
    });
    expect(parsed[2]).toMatchObject({ type: "list", ordered: true, start: 3 });
  });

  it("turns raw HTML into text and an image into its alt text", () => {
    expect(oneLine(tree('See ![a *cat*](https://x.example/c.png) <b onclick="x">b</b>'))).toBe(
      'See a cat <b onclick="x">b</b>',
    );
    // An HTML block (here a script element) is text to the end of its block, images and all.
    expect(tree("<script>alert(1)</script> ![a](https://x.example/c.png)")).toEqual([
      {
        type: "paragraph",
        children: [{ type: "text", value: "<script>alert(1)</script> ![a](https://x.example/c.png)" }],
      },
    ]);
    expect(JSON.stringify(tree("<div>\n<img src=x onerror=alert(1)>\n</div>"))).not.toContain('"type":"link"');
  });

  it("reads a heading inside a field as a bold paragraph", () => {
    expect(tree("# Heading")).toEqual([
      { type: "paragraph", children: [{ type: "strong", children: [{ type: "text", value: "Heading" }] }] },
    ]);
  });

  it("decodes character references in text and addresses before checking them", () => {
    expect(oneLine(tree("Tom &amp; Jerry &#x202E;reversed &copy;"))).toBe("Tom & Jerry reversed ©");
    const { problems } = parseMarkdown("[x](java&#115;cript:alert(1))");
    expect(problems).toEqual([expect.objectContaining({ severity: "error", rule: "unsafe-link", offset: 0 })]);
  });

  it("reports an unsafe link as an error and a placeholder as a warning, with where they are", () => {
    const { problems } = parseMarkdown("Read [this](#) and\n[that](data:text/html,x) now.");
    expect(problems.map((p) => [p.severity, p.rule, p.offset, p.raw])).toEqual([
      ["warning", "placeholder-link", 5, "[this](#)"],
      ["error", "unsafe-link", 19, "[that](data:text/html,x)"],
    ]);
  });

  it("links a bare www. address over https and keeps references resolved", () => {
    const parsed = tree("See www.example.org and [ref][r].\n\n[r]: https://example.org/r");
    expect(JSON.stringify(parsed)).toContain('"url":"https://www.example.org"');
    expect(JSON.stringify(parsed)).toContain('"url":"https://example.org/r"');
    expect(parsed).toHaveLength(1);
  });

  it("marks task list items with a box", () => {
    expect(oneLine(tree("- [ ] open\n- [x] done"))).toBe("☐ open ☑ done");
  });

  it("never throws, whatever the input", () => {
    for (const input of ["", "[", "```", "<!--", "| a |\n|", "\u0000", "*".repeat(1000), "> ".repeat(200)])
      expect(() => parseMarkdown(input)).not.toThrow();
  });
});

describe("language spans: [words]{lang=…}", () => {
  const span = (locale: string, ...children: Inline[]): Inline => ({ type: "span", locale, children }) as Inline;
  const text = (value: string): Inline => ({ type: "text", value });

  it("marks the bracketed words with their language", () => {
    expect(tree("Rally in [Гомель]{lang=be} today")).toEqual([
      { type: "paragraph", children: [text("Rally in "), span("be", text("Гомель")), text(" today")] },
    ]);
  });

  it("keeps emphasis and links inside a span, and a span inside a link", () => {
    expect(tree("[*Дзень* **Волі**]{lang=be-tarask}")[0]).toEqual({
      type: "paragraph",
      children: [
        span("be-tarask", { type: "emphasis", children: [text("Дзень")] }, text(" "), {
          type: "strong",
          children: [text("Волі")],
        }),
      ],
    });
    expect(tree("[[Гомель](https://x.example/)]{lang=be}")[0]).toEqual({
      type: "paragraph",
      children: [span("be", { type: "link", url: "https://x.example/", children: [text("Гомель")] })],
    });
    expect(tree("[see [Homiel]{lang=be-Latn}](https://x.example/)")[0]).toEqual({
      type: "paragraph",
      children: [
        { type: "link", url: "https://x.example/", children: [text("see "), span("be-Latn", text("Homiel"))] },
      ],
    });
  });

  it("leaves brackets without a language, links, escaped brackets and code as they were", () => {
    expect(tree("[x] and [y](https://x.example/) and \\[z]{lang=be} and `[w]{lang=be}`")[0]).toEqual({
      type: "paragraph",
      children: [
        text("[x] and "),
        { type: "link", url: "https://x.example/", children: [text("y")] },
        text(" and [z]{lang=be} and "),
        { type: "code", value: "[w]{lang=be}" },
      ],
    });
    expect(tree("```\n[w]{lang=be}\n```")).toEqual([{ type: "codeBlock", value: "[w]{lang=be}" }]);
  });

  it("reports a language that is not a locale as an error at its {lang=…}, keeping the words", () => {
    const { tree: parsed, problems } = parseMarkdown("In [Гомель]{lang=bee} and [Minsk]{lang=}.");
    expect(oneLine(parsed)).toBe("In Гомель and Minsk.");
    expect(problems).toEqual([
      expect.objectContaining({ severity: "error", rule: "unknown-language", raw: "{lang=bee}" }),
      expect.objectContaining({ severity: "error", rule: "unknown-language", raw: "{lang=}" }),
    ]);
    expect(problems[0]?.message).toBe(
      'in {lang=bee}, "bee" is not a language BelarusBrief publishes in; write one of en, be, be-tarask, be-Latn, ru (did you mean "be"?)',
    );
    expect(problems[1]?.message).not.toContain("did you mean");
  });

  it("writes the span's language in HTML and only its words in plain text", () => {
    const parsed = tree("In [*Гомель*]{lang=be}.");
    expect(toHtml(parsed)).toBe('<p>In <span lang="be" dir="ltr"><em>Гомель</em></span>.</p>');
    expect(toText(parsed)).toBe("In Гомель.");
  });
});

describe("parseTitle: the language spans of a title, and nothing else", () => {
  const text = (value: string): Inline => ({ type: "text", value });

  it("reads each span, with the words around it as typed", () => {
    const { tree: parsed, problems } = parseTitle("Marking [Дзень Волі]{lang=be} in [Chicago]{lang=en}");
    expect(problems).toEqual([]);
    expect(parsed).toEqual([
      text("Marking "),
      { type: "span", locale: "be", children: [text("Дзень Волі")] },
      text(" in "),
      { type: "span", locale: "en", children: [text("Chicago")] },
    ]);
    expect(titleWords(parsed)).toBe("Marking Дзень Волі in Chicago");
  });

  it("leaves Markdown, links, lone brackets and backslashes as typed, inside a span too", () => {
    const typed = "*Share* [x] [now](https://x.example) \\ a_b_ [**Жыве**]{lang=be} [y] {lang=be}";
    const { tree: parsed } = parseTitle(typed);
    expect(parsed).toEqual([
      text("*Share* [x] [now](https://x.example) \\ a_b_ "),
      { type: "span", locale: "be", children: [text("**Жыве**")] },
      text(" [y] {lang=be}"),
    ]);
    expect(titleWords(parseTitle("No spans: [a](b) *c*").tree)).toBe("No spans: [a](b) *c*");
  });

  it("reports a language that is not a locale at its {lang=…}, with the message of Markdown fields, keeping the words", () => {
    const typed = "[Дзень Волі]{lang=bee} and [Minsk]{lang=be-latn}";
    const { tree: parsed, problems } = parseTitle(typed);
    expect(titleWords(parsed)).toBe("Дзень Волі and Minsk");
    expect(parsed.some((node) => node.type === "span")).toBe(false);
    expect(problems).toEqual([
      {
        severity: "error",
        rule: "unknown-language",
        message: parseMarkdown("[x]{lang=bee}").problems[0]?.message,
        offset: 12,
        raw: "{lang=bee}",
      },
      expect.objectContaining({ offset: typed.indexOf("{lang=be-latn}"), raw: "{lang=be-latn}" }),
    ]);
    expect(problems[1]?.message).toContain('(did you mean "be-Latn"?)');
  });

  it("writes spans as Markdown fields do in HTML, every text escaped, and only the words in text", () => {
    const parsed = parseTitle(`<b>"&"</b> [<i>Жыве</i>]{lang=be}`).tree;
    expect(titleToHtml(parsed)).toBe(
      '&lt;b&gt;&quot;&amp;&quot;&lt;/b&gt; <span lang="be" dir="ltr">&lt;i&gt;Жыве&lt;/i&gt;</span>',
    );
    expect(titleToHtml(parsed, (t) => t.toUpperCase())).toBe('<B>"&"</B> <span lang="be" dir="ltr"><I>ЖЫВЕ</I></span>');
    expect(titleToHtml(parseTitle("[Гомель]{lang=be}").tree)).toBe(
      toHtml(parseMarkdown("[Гомель]{lang=be}").tree).replace(/^<p>|<\/p>$/g, ""),
    );
    expect(titleWords(parsed)).toBe(`<b>"&"</b> <i>Жыве</i>`);
  });
});

describe("toHtml", () => {
  it("escapes every text and address, and writes only its own elements", () => {
    const html = toHtml([
      {
        type: "paragraph",
        children: [
          { type: "text", value: `<b>"x" & 'y'</b>` },
          {
            type: "link",
            url: 'https://x.example/?a=1&b="2"',
            hreflang: "ru",
            children: [{ type: "text", value: "l" }],
          },
        ],
      },
    ]);
    expect(html).toBe(
      '<p>&lt;b&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/b&gt;<a href="https://x.example/?a=1&amp;b=&quot;2&quot;" hreflang="ru">l</a></p>',
    );
  });

  it("writes a target's inline styles and attributes, and its own escaping and addresses", () => {
    const html = toHtml(tree("Go [here](https://x.example/{a}) {{ x }}\n\n- one\n- two"), {
      styles: { p: "margin:0", a: "color:#900", li: "margin:0 0 6px" },
      attributes: { ul: 'role="list"' },
      escape: (text) => text.replace(/[{}]/g, (c) => `&#${c.charCodeAt(0)};`),
      href: (url) => url.replace(/[{}]/g, encodeURIComponent),
    });
    expect(html).toBe(
      '<p style="margin:0">Go <a href="https://x.example/%7Ba%7D" style="color:#900">here</a> &#123;&#123; x &#125;&#125;</p><ul role="list"><li style="margin:0 0 6px">one</li><li style="margin:0 0 6px">two</li></ul>',
    );
  });

  it("writes tables with a header row and lists of several blocks", () => {
    expect(toHtml(tree("| a |\n|---|\n| 1 |"))).toBe(
      "<table><thead><tr><th>a</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table>",
    );
    expect(toHtml(tree("- one\n\n  two"))).toBe("<ul><li><p>one</p><p>two</p></li></ul>");
  });

  it("keeps the paragraphs of a tight list's item apart, as toText does, and a one-paragraph item bare", () => {
    // A list made of Markdown fields (a recommendation's items): tight, an item of two paragraphs.
    const list: RichText = [
      { type: "list", ordered: false, spread: false, items: [tree("First.\n\nSecond."), tree("Third.\n\n- nested")] },
    ];
    expect(toHtml(list)).toBe("<ul><li><p>First.</p><p>Second.</p></li><li>Third.<ul><li>nested</li></ul></li></ul>");
    expect(toText(list)).toBe("- First.\n\n  Second.\n- Third.\n\n  - nested");
    expect(toHtml(tree("- a\n- b"))).toBe("<ul><li>a</li><li>b</li></ul>");
  });
});

describe("toText and oneLine", () => {
  it("writes blocks as plain text with markers and indentation", () => {
    const text = toText(tree("Para [link](https://x.example/) and https://y.example/\n\n- a\n- b\n\n> q\n\n1. one"));
    expect(text).toBe("Para link (https://x.example/) and https://y.example/\n\n- a\n- b\n\n> q\n\n1. one");
  });

  it("lets a target write links its own way", () => {
    const text = inlineToText([{ type: "link", url: "https://x.example/", children: [{ type: "text", value: "x" }] }], {
      link: (t, url) => `${t} <${url}>`,
    });
    expect(text).toBe("x <https://x.example/>");
  });

  it("folds everything onto one line for previews", () => {
    expect(oneLine(tree("One\ntwo\n\n- three\n- four"))).toBe("One two three four");
    expect(oneLine(tree("| a | b |\n|---|---|\n| 1 | 2 |"))).toBe("a b 1 2");
  });
});

describe("Markdown nested deeper than the parser follows", () => {
  it.each([
    ["quotes", `${">".repeat(10_000)} x`],
    ["emphasis", `x ${"*".repeat(5_000)}y${"*".repeat(5_000)}`],
  ])("keeps %s as plain text, with a warning at the field", (_, text) => {
    const { tree, problems } = parseMarkdown(text);
    expect(problems.map((p) => [p.severity, p.rule])).toEqual([["warning", "markdown-too-deep"]]);
    expect(toText(tree)).toBe(text);
    const loaded = load("kind: news-item", "id: x", "locale: en", "title: T", "date: 2021-03-01", `body: "${text}"`);
    const deep = loaded.ok ? loaded.warnings.filter((w) => w.rule === "markdown-too-deep") : [];
    expect(deep.map((w) => [w.line, w.path])).toEqual([[6, "body"]]);
  });
});
