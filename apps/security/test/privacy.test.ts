import type { Artifact } from "@belarusbrief/core";
import { FIXTURE_NAMES, type Loaded, loadFixture, loadSeeds } from "@belarusbrief/testkit";
import { describe, expect, it } from "vitest";
import { checkPrivacy, type PrivacyViolation } from "../../cli/src/privacy/check-privacy.js";
import { BASE_URL, renderAll, resolveFor } from "./adapters.js";
import { privacyProblems } from "./problems.js";

const OPTIONS = { baseUrl: BASE_URL, assetBaseUrl: "https://assets.example.net/img/" };
const page = (body: string, head = ""): Artifact => ({
  kind: "page",
  role: "page",
  path: "site/x/index.html",
  mediaType: "text/html",
  content: `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`,
});
const email = (body: string): Artifact => ({
  ...page(body),
  kind: "email-html",
  role: "email-html",
  path: "email/x.html",
});
const hosts = (violations: PrivacyViolation[]) => violations.map((v) => `${v.where} ${v.host}`);

describe("checkPrivacy finds every URL a client fetches on its own", () => {
  const remote: [string, Artifact, string][] = [
    ["img src", page('<img src="https://tracker.example/p.gif" alt="">'), "<img src> tracker.example"],
    [
      "img srcset",
      page('<img src="/a.png" srcset="/a.png 1x, https://cdn.example/a@2x.png 2x">'),
      "<img srcset> cdn.example",
    ],
    [
      "picture source",
      page('<picture><source srcset="https://cdn.example/a.webp"></picture>'),
      "<source srcset> cdn.example",
    ],
    ["video poster", page('<video poster="https://t.example/p.png"></video>'), "<video poster> t.example"],
    ["audio src", page('<audio src="https://t.example/a.mp3"></audio>'), "<audio src> t.example"],
    ["iframe", page('<iframe src="https://evil.example/"></iframe>'), "<iframe src> evil.example"],
    ["embed", page('<embed src="https://evil.example/x.swf">'), "<embed src> evil.example"],
    ["object", page('<object data="https://evil.example/x"></object>'), "<object data> evil.example"],
    ["script", page('<script src="https://evil.example/x.js"></script>'), "<script src> evil.example"],
    [
      "stylesheet",
      page("", '<link rel="stylesheet" href="https://fonts.example/css">'),
      "<link rel=stylesheet> fonts.example",
    ],
    ["icon", page("", '<link rel="icon" href="https://t.example/favicon.ico">'), "<link rel=icon> t.example"],
    ["preconnect", page("", '<link rel="preconnect" href="https://t.example">'), "<link rel=preconnect> t.example"],
    [
      "refresh",
      page("", '<meta http-equiv="Refresh" content="0; URL=https://evil.example/">'),
      "<meta http-equiv=refresh> evil.example",
    ],
    ["base", page("", '<base href="https://evil.example/">'), "<base href> evil.example"],
    [
      "background",
      email('<table><tr><td background="https://t.example/bg.png">x</td></tr></table>'),
      "<td background> t.example",
    ],
    [
      "style url()",
      page("<div style=\"background: url('https://t.example/bg.png')\">x</div>"),
      "<div style> url() t.example",
    ],
    [
      "escaped url()",
      page('<div style="background: u\\72l(https://t.example/e.png)">x</div>'),
      "<div style> url() t.example",
    ],
    [
      "style @import",
      page("", "<style>@import 'https://fonts.example/f.css';</style>"),
      "<style> @import fonts.example",
    ],
    [
      "font face",
      page("", "<style>@font-face{src:url(https://fonts.example/f.woff2)}</style>"),
      "<style> url() fonts.example",
    ],
    ["protocol-relative", page('<img src="//tracker.example/p.gif">'), "<img src> tracker.example"],
    [
      "VML image",
      email('<!--[if mso]><v:image src="https://t.example/v.png"></v:image><![endif]-->'),
      "<v:image src> t.example",
    ],
    [
      "VML fill",
      email('<!--[if gte mso 9]><v:rect><v:fill src="https://t.example/f.png"/></v:rect><![endif]-->'),
      "<v:fill src> t.example",
    ],
    [
      "SVG image",
      {
        kind: "card",
        role: "card",
        path: "c.svg",
        mediaType: "image/svg+xml",
        content: '<svg xmlns="http://www.w3.org/2000/svg"><image href="https://t.example/i.png"/></svg>',
      },
      "<image href> t.example",
    ],
    [
      "SVG feImage",
      {
        kind: "card",
        role: "card",
        path: "c.svg",
        mediaType: "image/svg+xml",
        content: '<svg><filter><feImage xlink:href="https://t.example/i.png"/></filter></svg>',
      },
      "<feimage href> t.example",
    ],
    [
      "RSS CDATA",
      {
        kind: "rss",
        role: "publications-feed",
        path: "f.rss",
        mediaType: "application/rss+xml",
        content:
          '<rss><channel><item><description><![CDATA[<img src="https://t.example/r.gif">]]></description></item></channel></rss>',
      },
      "<img src> t.example",
    ],
    [
      "Atom escaped",
      {
        kind: "atom",
        role: "publications-feed",
        path: "f.atom",
        mediaType: "application/atom+xml",
        content: '<feed><entry><content type="html">&lt;img src="https://t.example/a.gif"&gt;</content></entry></feed>',
      },
      "<img src> t.example",
    ],
    [
      "JSON Feed",
      {
        kind: "json-feed",
        role: "publications-feed",
        path: "f.json",
        mediaType: "application/feed+json",
        content: JSON.stringify({ items: [{ content_html: '<img src="https://t.example/j.gif">' }] }),
      },
      "<img src> t.example",
    ],
    [
      "Markdown image",
      {
        kind: "markdown",
        role: "document-markdown",
        path: "m.md",
        mediaType: "text/markdown",
        content: "Hi ![x](https://t.example/m.gif)",
      },
      "Markdown image t.example",
    ],
    [
      "Markdown raw HTML",
      {
        kind: "markdown",
        role: "document-markdown",
        path: "m.md",
        mediaType: "text/markdown",
        content: '<img src="https://t.example/h.gif">',
      },
      "<img src> t.example",
    ],
    [
      "eml HTML part",
      {
        kind: "eml",
        role: "email-message",
        path: "e.eml",
        mediaType: "message/rfc822",
        content: eml('<img src="https://t.example/e.gif">'),
      },
      "<img src> t.example",
    ],
  ];

  it.each(remote)("%s", (_, artifact, expected) => {
    const violations = checkPrivacy([artifact], OPTIONS);
    expect(hosts(violations)).toEqual([expected]);
    expect(violations[0]?.artifact).toBe(artifact.path);
  });

  it("allows the site's origin, assetBaseUrl's origin, relative URLs in pages and image data: URLs", () => {
    const ok = page(
      '<img src="https://brief.example.org/cards/a.png"><img src="https://assets.example.net/img/b.png"><img src="/c.png"><img src="d.png"><img src="data:image/png;base64,iVBORw0KGgo=">',
    );
    expect(checkPrivacy([ok], OPTIONS)).toEqual([]);
  });

  it("does not count links a reader must click, nor canonical and feed links", () => {
    const links = page(
      '<a href="https://elsewhere.example/">x</a>',
      '<link rel="canonical" href="https://elsewhere.example/"><link rel="alternate" type="application/rss+xml" href="https://elsewhere.example/f">',
    );
    expect(checkPrivacy([links], OPTIONS)).toEqual([]);
  });

  it("refuses data: URLs that are not images, other schemes, and relative URLs in email", () => {
    const bad = [
      page('<iframe src="data:text/html,<script>alert(1)</script>"></iframe>'),
      page('<iframe src="javascript:alert(1)"></iframe>'),
      email('<img src="images/a.png">'),
      email('<img src="*|TRACKING_PIXEL|*">'),
    ];
    expect(checkPrivacy(bad, OPTIONS).map((v) => v.host)).toEqual([
      "data: (not an image)",
      "javascript:",
      "an address relative to nothing (email has no site)",
      "an address relative to nothing (email has no site)",
    ]);
  });
});

describe("every adapter's output of every fixture and seed document loads nothing remote", () => {
  const documents: Record<string, Loaded> = {
    ...Object.fromEntries(FIXTURE_NAMES.map((name) => [name, loadFixture(name)])),
    ...loadSeeds(),
  };
  it.each(Object.keys(documents))("%s", async (name) => {
    const loaded = documents[name];
    if (!loaded) throw new Error(name);
    const artifacts = await renderAll(resolveFor(loaded.document, loaded.text));
    expect(artifacts.length).toBeGreaterThan(0);
    expect(privacyProblems(artifacts)).toEqual([]);
  });
});

function eml(html: string): string {
  const base64 = Buffer.from(html).toString("base64");
  return [
    "From: a@example.org",
    'Content-Type: multipart/alternative; boundary="--b"',
    "",
    "----b",
    "Content-Type: text/plain; charset=utf-8",
    "",
    "text",
    "----b",
    "Content-Type: text/html; charset=utf-8",
    "Content-Transfer-Encoding: base64",
    "",
    base64,
    "----b--",
    "",
  ].join("\r\n");
}
