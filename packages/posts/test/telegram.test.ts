import { oneLine, type RichText } from "@belarusbrief/core";
import { describe, expect, it } from "vitest";
import { renderPosts, toTelegramHtml } from "../src/index.js";
import { allDocuments, belarusianNews, elements, imitatedCards, postText } from "./helpers.js";

// Telegram's HTML subset for parse_mode HTML (https://core.telegram.org/bots/api#html-style).
const ALLOWED = new Set(["b", "i", "u", "s", "a", "code", "pre", "blockquote"]);
// The only entities Telegram reads: &lt; &gt; &amp; &quot; and numeric ones.
const ENTITY = /&(?!(?:lt|gt|amp|quot|#\d+|#x[0-9a-f]+);)/i;

describe("Telegram posts", () => {
  const docs = [...allDocuments(), belarusianNews(40)];
  const posts = docs.flatMap((doc) =>
    renderPosts(doc, { platforms: ["telegram"] }, imitatedCards(doc)).map((post) => ({ doc, post })),
  );

  it("use only Telegram's tags, links only to the document's page, and no other attribute", () => {
    for (const { doc, post } of posts) {
      for (const element of elements(String(post.content))) {
        expect(ALLOWED, `${post.path}: <${element.tagName}>`).toContain(element.tagName);
        const attributes = element.attrs.map((a) => `${a.name}=${a.value}`);
        expect(attributes, post.path).toEqual(element.tagName === "a" ? [`href=${doc.url}`] : []);
        if (element.tagName === "code" || element.tagName === "blockquote") {
          expect(
            elements(String(post.content)).some(
              (e) => e !== element && e.parentNode === element && e.tagName === element.tagName,
            ),
          ).toBe(false);
        }
      }
    }
  });

  it("write every <, > and & of the text as an entity Telegram reads", () => {
    for (const { post } of posts) {
      const html = String(post.content);
      expect(ENTITY.test(html), post.path).toBe(false);
      // Outside tags, no raw angle bracket is left.
      expect(html.replace(/<\/?(b|i|u|s|code|pre|blockquote)>|<a href="[^"<>]*">|<\/a>/g, ""), post.path).not.toMatch(
        /[<>]/,
      );
    }
  });

  it("show the hostile fixture's markup as text: nothing executable", () => {
    const hostile = posts.filter(({ doc }) => doc.id === "hostile");
    const text = hostile.map(({ post }) => postText(post)).join("\n");
    expect(text).toContain("<script>alert('x')</script> & ]]> <in>");
    expect(text).toContain("Tom & Jerry <b>bold</b> ]]>");
    for (const { post } of hostile)
      expect(elements(String(post.content)).map((e) => e.tagName)).not.toContain("script");
  });

  it("put a brief on its cover card with a caption and the link", () => {
    const [post, ...more] = posts.filter(({ post }) => post.path === "posts/2030-01/telegram.html").map((p) => p.post);
    expect(more).toEqual([]);
    expect(post?.meta?.images).toEqual([{ path: "cards/2030-01/cover-og.png", alt: "Alt text of cover (og)." }]);
    expect(post?.meta?.limit).toBe(1024);
    expect(postText(post!)).toMatch(
      /Read more: belarus\.example\.org\/site\/briefs\/2030-01\/\n#sanctions #PoliticalPrisoners$/,
    );
  });

  it("send any other document whole: its card with the start as caption, the rest in messages", () => {
    const doc = belarusianNews(40);
    const parts = posts.filter(
      ({ post }) => post.path.startsWith(`posts/${doc.id}/telegram-`) && /-\d\.html$/.test(post.path),
    );
    const text = parts.map(({ post }) => postText(post).replace(/\n\n\d+\/\d+$/, "")).join(" ");
    expect(text.replace(/\s+/g, " ")).toContain(oneLine(doc.body as RichText));
    expect(parts.length).toBe(2);
    expect(parts.map(({ post }) => post.meta?.limit)).toEqual([1024, ...parts.slice(1).map(() => 4096)]);
  });
});

describe("toTelegramHtml", () => {
  it("writes paragraphs and list items as lines, quotations and code in Telegram's tags", () => {
    const tree: RichText = [
      {
        type: "paragraph",
        children: [
          { type: "text", value: "Tom & " },
          { type: "strong", children: [{ type: "text", value: "<Jerry>" }] },
        ],
      },
      {
        type: "list",
        ordered: true,
        start: 3,
        items: [
          [{ type: "paragraph", children: [{ type: "emphasis", children: [{ type: "text", value: "one" }] }] }],
          [{ type: "paragraph", children: [{ type: "delete", children: [{ type: "text", value: "two" }] }] }],
        ],
      },
      {
        type: "list",
        ordered: false,
        items: [[{ type: "paragraph", children: [{ type: "text", value: "🇧🇾 Łacinka" }] }]],
      },
      { type: "blockquote", children: [{ type: "paragraph", children: [{ type: "text", value: "Жыве Беларусь!" }] }] },
      { type: "codeBlock", value: "if (a < b) {}\n" },
      {
        type: "paragraph",
        children: [
          { type: "link", url: "https://example.org/", children: [{ type: "text", value: "a source" }] },
          { type: "text", value: " and " },
          { type: "code", value: "x&y" },
        ],
      },
    ];
    expect(toTelegramHtml(tree)).toBe(
      [
        "Tom &amp; <b>&lt;Jerry&gt;</b>",
        "3. <i>one</i>\n4. <s>two</s>",
        "• 🇧🇾 Łacinka",
        "<blockquote>Жыве Беларусь!</blockquote>",
        "<pre>if (a &lt; b) {}</pre>",
        "a source and <code>x&amp;y</code>",
      ].join("\n\n"),
    );
  });
});
