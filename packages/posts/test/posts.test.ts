import type { Artifact } from "@belarusbrief/core";
import { FIXTURE_NAMES, renderWith, resolvedFixture } from "@belarusbrief/testkit";
import twitterText from "twitter-text";
import { describe, expect, it } from "vitest";
import { adapter, PLATFORMS, renderPosts } from "../src/index.js";
import { allDocuments, elements, imitatedCards, postText } from "./helpers.js";

describe("posts of each fixture", () => {
  it.each(FIXTURE_NAMES)("%s: every post matches the reviewed snapshot", async (name) => {
    const doc = resolvedFixture(name);
    const posts = renderPosts(doc, {}, imitatedCards(doc));
    const text = posts.map((p) => `----- ${p.path} ${JSON.stringify(p.meta)}\n${String(p.content)}\n`).join("\n");
    await expect(text).toMatchFileSnapshot(new URL(`__snapshots__/${name}.posts.txt`, import.meta.url).pathname);
  });
});

describe("the manifest's view of posts", () => {
  const doc = resolvedFixture("full-brief");
  const posts = renderPosts(doc, {}, imitatedCards(doc));

  it("lists each post as kind and role `post`, with its document, language, platform and place in its thread", () => {
    for (const post of posts) {
      expect(post).toMatchObject({ kind: "post", role: "post", document: "2030-01", locale: "en" });
      expect(PLATFORMS).toContain(post.meta?.platform);
      expect(post.meta?.part).toBeLessThanOrEqual(post.meta?.of as number);
      expect(post.path).toMatch(
        /^posts\/2030-01\/(telegram|bluesky|mastodon|threads|x|facebook|instagram)(-[a-z0-9-]+)?\.(html|json|txt)$/,
      );
    }
    expect(new Set(posts.map((p) => p.path)).size).toBe(posts.length);
  });

  it("gives each platform its file format", () => {
    const types = Object.fromEntries(posts.map((p) => [p.meta?.platform, `${p.path.split(".").pop()} ${p.mediaType}`]));
    expect(types).toEqual({
      telegram: "html text/html; charset=utf-8",
      bluesky: "json application/json",
      mastodon: "txt text/plain; charset=utf-8",
      threads: "txt text/plain; charset=utf-8",
      x: "txt text/plain; charset=utf-8",
      facebook: "txt text/plain; charset=utf-8",
      instagram: "txt text/plain; charset=utf-8",
    });
  });

  it("writes only the platforms asked for", () => {
    const only = renderPosts(doc, { platforms: ["telegram", "x"] });
    expect(new Set(only.map((p) => p.meta?.platform))).toEqual(new Set(["telegram", "x"]));
  });

  it("writes each postal address whole, its lines one under the other, or not at all", () => {
    const addresses = doc.all.actions.flatMap((a) => a.addresses);
    expect(addresses.length).toBeGreaterThan(1);
    const shown = (post: (typeof posts)[number]) => {
      const lines = postText(post).split("\n");
      return addresses.filter((a) => {
        const at = lines.indexOf(a.lines[0] ?? "");
        // Any line of an address without the whole of it, in order, would be half an envelope.
        if (at < 0)
          return a.lines.some((line) => lines.includes(line)) ? expect.fail(`${post.path}: part of an address`) : false;
        expect(lines.slice(at, at + a.lines.length), post.path).toEqual(a.lines);
        return true;
      }).length;
    };
    const byPlatform = (platform: string) => posts.filter((p) => p.meta?.platform === platform).map(shown);
    // The whole text (Telegram's document post, Facebook) has every address; X's 280 have no room.
    expect(Math.max(...byPlatform("facebook"))).toBe(addresses.length);
    expect(Math.max(...byPlatform("telegram"))).toBe(addresses.length);
    expect(Math.max(...byPlatform("x"))).toBe(0);
  });

  it("renders through the adapter as a build does, with the cards made before it", async () => {
    const { artifacts } = await renderWith(adapter, [doc], { artifacts: imitatedCards(doc) });
    expect(artifacts.map((a) => a.path)).toEqual(posts.map((p) => p.path));
  });
});

describe("settings", () => {
  it("default to every platform, threads of three posts, Mastodon's 500 and three hashtags", () => {
    expect(adapter.options.parse({})).toEqual({
      platforms: [...PLATFORMS],
      thread: 3,
      mastodonLimit: 500,
      hashtags: 3,
    });
  });

  it.each([
    [{ platforms: [] }, "platforms"],
    [{ platforms: ["x", "x"] }, "name each platform once"],
    [{ platforms: ["myspace"] }, "platforms"],
    [{ thread: 0 }, "thread"],
    [{ mastodonLimit: 50 }, "at least 100"],
    [{ colour: "red" }, "colour"],
  ])("reject %j with a message that says what to change", (settings, words) => {
    const result = adapter.options.safeParse(settings);
    expect(result.success).toBe(false);
    expect(() => renderPosts(resolvedFixture("minimal"), settings as never)).toThrow(/^\[@belarusbrief\/posts\] /);
    expect(JSON.stringify(result.error?.issues)).toContain(words);
  });

  it("hashtags: 0 leaves them out; Threads takes one", () => {
    const doc = resolvedFixture("full-brief");
    expect(postText(renderPosts(doc, { hashtags: 0, platforms: ["x"] })[0]!)).not.toContain("#");
    expect(postText(renderPosts(doc, { platforms: ["threads"] })[0]!)).toMatch(/\n#sanctions$/);
  });
});

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is looked for
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe("links and text of every post of every fixture and seed", () => {
  const all = allDocuments().flatMap((doc) => renderPosts(doc, {}, imitatedCards(doc)).map((post) => ({ doc, post })));

  it("link to the document's page alone, and write no other address than those the document's text has", () => {
    for (const { doc, post } of all) {
      const written = JSON.stringify(doc.document);
      if (post.path.endsWith(".html"))
        for (const a of elements(String(post.content)).filter((e) => e.tagName === "a"))
          expect(a.attrs, post.path).toEqual([{ name: "href", value: doc.url }]);
      if (post.path.endsWith(".json"))
        for (const facet of (JSON.parse(String(post.content)) as { facets?: { features: { uri?: string }[] }[] })
          .facets ?? [])
          for (const feature of facet.features) if (feature.uri) expect(feature.uri, post.path).toBe(doc.url);
      for (const address of postText(post).match(/https?:\/\/[^\s"<>]+/g) ?? [])
        expect(address === doc.url || written.includes(address), `${post.path}: ${address}`).toBe(true);
      expect(String(post.content), post.path).not.toMatch(/[?&](utm_|fbclid|gclid)/);
    }
  });

  it("every address X would link in a post is the document's page, or text the document wrote", () => {
    for (const { doc, post } of all.filter(({ post }) => post.meta?.platform === "x")) {
      const written = JSON.stringify(doc.document);
      for (const url of twitterText.extractUrls(postText(post)))
        expect(url === doc.url || written.includes(url), `${post.path}: ${url}`).toBe(true);
    }
  });

  it("hold no control characters and no bidi overrides", () => {
    for (const { post } of all) {
      expect(String(post.content), post.path).not.toMatch(CONTROL);
    }
  });

  it("are the same bytes on every render", () => {
    const doc = allDocuments()[1]!;
    const bytes = (posts: Artifact[]) => posts.map((p) => `${p.path}\n${String(p.content)}`);
    expect(bytes(renderPosts(doc, {}, imitatedCards(doc)))).toEqual(bytes(renderPosts(doc, {}, imitatedCards(doc))));
  });
});
