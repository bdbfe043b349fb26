import type { Artifact } from "@belarusbrief/core";
import { describe, expect, it } from "vitest";
import { postsPane } from "../src/preview/posts-pane.js";
import { cssForScheme } from "../src/preview/scheme-css.js";
import { emailForScheme } from "../src/preview/scheme-html.js";

describe("cssForScheme", () => {
  const css =
    ":root{color-scheme:light dark}@media (max-width:520px){.a{width:100%}}@media (prefers-color-scheme:dark){body{background:#000!important}}@media (prefers-color-scheme:light){.l{color:#111}}@media screen and (prefers-color-scheme:dark),print{.p{color:red}}";

  it("applies the dark rules unconditionally for dark and drops them for light", () => {
    expect(cssForScheme(css, "dark")).toBe(
      ":root{color-scheme:dark}@media (max-width:520px){.a{width:100%}}body{background:#000!important}@media screen and (width>=0),print{.p{color:red}}",
    );
    expect(cssForScheme(css, "light")).toBe(
      ":root{color-scheme:light}@media (max-width:520px){.a{width:100%}}.l{color:#111}@media screen and (width<0),print{.p{color:red}}",
    );
  });

  it("keeps the meaning of not and or", () => {
    const nested = "@media not all and ((prefers-color-scheme:dark) or (max-width:10px)){.x{color:red}}";
    expect(cssForScheme(nested, "dark")).toBe("@media not all and ((width>=0) or (max-width:10px)){.x{color:red}}");
    expect(cssForScheme(nested, "light")).toBe("@media not all and ((width<0) or (max-width:10px)){.x{color:red}}");
  });
});

describe("emailForScheme", () => {
  const html = `<!doctype html><html><head><meta name="color-scheme" content="light dark"><meta name="supported-color-schemes" content="light dark"><style>@media (prefers-color-scheme:dark){.card{background:#1d1d1d!important}}</style></head><body><!--[if mso]><table><tr><td><![endif]--><div class="card" style="color-scheme: light dark; color:#111">Hi &amp; bye</div></body></html>`;

  it("rewrites the style sheet, the meta tags and color-scheme in style attributes, and nothing else", () => {
    const dark = emailForScheme(html, "dark");
    expect(dark).toBe(
      `<!doctype html><html><head><meta name="color-scheme" content="dark"><meta name="supported-color-schemes" content="dark"><style>.card{background:#1d1d1d!important}</style></head><body><!--[if mso]><table><tr><td><![endif]--><div class="card" style="color-scheme:dark;color:#111">Hi &amp; bye</div></body></html>`,
    );
    expect(emailForScheme(html, "light")).toContain("<style></style>");
  });
});

describe("postsPane", () => {
  const post = (path: string, meta: Record<string, unknown>, content = "text"): Artifact => ({
    kind: "post",
    role: "post",
    path,
    mediaType: path.endsWith(".json") ? "application/json" : "text/plain; charset=utf-8",
    document: "d",
    locale: "en",
    meta: { platform: "x", part: 1, of: 1, images: [], count: 100, limit: 280, language: "en", ...meta },
    content,
  });

  it("marks a post close to or over its limit, and orders a thread by its parts, card posts after", () => {
    const html = postsPane(
      [
        post("posts/d/x-statistic-a.txt", { count: 279 }),
        post("posts/d/x-2.txt", { part: 2, of: 2, count: 300 }),
        post("posts/d/x-1.txt", { part: 1, of: 2, count: 120 }),
      ],
      { shown: new Set() },
    );
    const parts = [...html.matchAll(/<strong class="part">(\d\/\d)<\/strong> <span class="count">([^<]*)</g)].map(
      (m) => `${m[1]} ${m[2]}`,
    );
    expect(parts).toEqual(["1/2 120 / 280", "2/2 300 / 280 — 20 over the limit", "1/1 279 / 280 — 1 left"]);
    expect(html).toMatch(/<article class="post over"[\s\S]*<article class="post close"/);
    expect(html.indexOf("The document's post")).toBeLessThan(html.indexOf("Card post: statistic-a"));
  });

  it("says why there are no images when the cards were not built", () => {
    const html = postsPane([post("posts/d/x.txt", {})], { shown: new Set(), missing: "no cards: logo missing" });
    expect(html).toContain('<p class="note">no cards: logo missing</p>');
    expect(html).toContain("No images: the cards were not built.");
  });
});
