import { AppBskyFeedPost, jsonToLex } from "@atproto/api";
import type { Artifact, ResolvedDocument } from "@belarusbrief/core";
import twitterText from "twitter-text";
import { describe, expect, it } from "vitest";
import { renderPosts } from "../src/index.js";
import { belarusianNews, belarusianSentences, imitatedCards, postText, resolved } from "./helpers.js";

const segmenter = new Intl.Segmenter("be", { granularity: "grapheme" });
const graphemes = (text: string) => [...segmenter.segment(text)].map((s) => s.segment);
const ADDRESS = /https?:\/\/\S+/g;

// Each platform's limit, counted here the way the platform documents it, independently of the package.
const LIMITS: Record<string, (post: Artifact) => { count: number; limit: number }> = {
  telegram: (post) => ({
    count: postText(post).length,
    limit: post.meta?.part === 1 && (post.meta.images as unknown[]).length > 0 ? 1024 : 4096,
  }),
  bluesky: (post) => ({ count: graphemes(postText(post)).length, limit: 300 }),
  mastodon: (post) => ({ count: graphemes(postText(post).replace(ADDRESS, "x".repeat(23))).length, limit: 500 }),
  threads: (post) => ({
    count: graphemes(postText(post)).reduce(
      (sum, g) =>
        sum + (/\p{Extended_Pictographic}|\p{Regional_Indicator}/u.test(g) ? Buffer.byteLength(g) : [...g].length),
      0,
    ),
    limit: 500,
  }),
  x: (post) => ({ count: twitterText.parseTweet(postText(post)).weightedLength, limit: 280 }),
  facebook: (post) => ({ count: postText(post).length, limit: 63206 }),
  instagram: (post) => ({ count: postText(post).length, limit: 2200 }),
};

function posts(doc: ResolvedDocument, settings = {}): Artifact[] {
  return renderPosts(doc, settings, imitatedCards(doc));
}

function platformOf(post: Artifact): string {
  return post.meta?.platform as string;
}

/** The posts of one platform's version of a document (its own post, not a card's), in thread order. */
function thread(all: Artifact[], platform: string): Artifact[] {
  return all.filter((p) => platformOf(p) === platform && new RegExp(`/${platform}(-\\d+)?\\.\\w+$`).test(p.path));
}

describe("platform limits, counted as each platform counts", () => {
  const doc = belarusianNews(60);
  const all = posts(doc);

  it.each(Object.keys(LIMITS))("%s: every post within the limit", (platform) => {
    const mine = all.filter((p) => platformOf(p) === platform);
    expect(mine.length).toBeGreaterThan(0);
    for (const post of mine) {
      const { count, limit } = LIMITS[platform]!(post);
      expect(count, post.path).toBeLessThanOrEqual(limit);
      expect(post.meta?.limit, post.path).toBe(limit);
    }
  });

  it("counts what each platform counts: X weighs Cyrillic and emoji, Mastodon a link as 23, Threads an emoji's bytes", () => {
    const x = thread(all, "x")[0]!;
    expect(x.meta?.count).toBe(twitterText.parseTweet(postText(x)).weightedLength);
    const mastodon = thread(all, "mastodon")[0]!;
    expect(mastodon.meta?.count).toBe(LIMITS.mastodon!(mastodon).count);
    const threads = thread(all, "threads")[0]!;
    expect(threads.meta?.count).toBe(LIMITS.threads!(threads).count);
    expect(threads.meta?.count).toBeGreaterThan(graphemes(postText(threads)).length);
  });

  it("fills each post of a thread at least half before starting the next", () => {
    for (const platform of ["bluesky", "mastodon", "threads", "x"]) {
      const parts = thread(all, platform);
      expect(parts.length, platform).toBe(3);
      for (const part of parts.slice(0, -1)) {
        const { count, limit } = LIMITS[platform]!(part);
        expect(count, part.path).toBeGreaterThan(limit * 0.5);
      }
    }
  });

  it("numbers a thread's posts 1/3, 2/3, 3/3 and lists each with its place", () => {
    for (const platform of ["bluesky", "mastodon", "threads", "x", "telegram"]) {
      const parts = thread(all, platform);
      parts.forEach((part, i) => {
        expect(postText(part).endsWith(`\n\n${i + 1}/${parts.length}`), part.path).toBe(true);
        expect(part.meta).toMatchObject({ platform, part: i + 1, of: parts.length });
        expect(part.path).toBe(
          `posts/${doc.id}/${platform}-${i + 1}.${platform === "telegram" ? "html" : platform === "bluesky" ? "json" : "txt"}`,
        );
      });
    }
  });

  it("splits between sentences, never inside a word, an emoji sequence or a grapheme cluster", () => {
    const words = new Set(
      [...belarusianSentences(4), doc.title, "Навіна", doc.date.text, "Чытаць далей:", "·"].flatMap((s) =>
        s.split(/\s+/),
      ),
    );
    for (const platform of Object.keys(LIMITS)) {
      for (const part of thread(all, platform)) {
        const lines = postText(part).split("\n");
        const body = lines.filter(
          (l) => !/^(Чытаць далей|Крыніца|#|\d+\/\d+$)/.test(l) && l !== doc.title && !l.startsWith("Навіна"),
        );
        for (const word of body.join(" ").split(/\s+/).filter(Boolean))
          expect(words, `${part.path}: ${word}`).toContain(word);
        for (const g of graphemes(postText(part))) {
          if (/\p{Extended_Pictographic}|\p{Regional_Indicator}/u.test(g)) expect(["🇧🇾", "👨‍👩‍👧‍👦"]).toContain(g);
        }
        const text = body.join(" ").trim();
        if (text) expect(text, part.path).toMatch(/[.!?]$/);
      }
    }
  });

  it("keeps Telegram's caption under its card to 1,024 characters and later messages to 4,096", () => {
    const parts = thread(all, "telegram");
    expect(parts.length).toBeGreaterThan(1);
    expect(parts[0]!.meta?.images).toHaveLength(1);
    expect(parts[0]!.meta?.limit).toBe(1024);
    expect(parts[1]!.meta?.limit).toBe(4096);
    expect(postText(parts[1]!).length).toBeGreaterThan(3000);
  });

  it("gives Instagram one caption, cut after a sentence, with the address written out", () => {
    const [caption, ...more] = thread(all, "instagram");
    expect(more).toEqual([]);
    const text = postText(caption!);
    expect(text.length).toBeGreaterThan(1800);
    expect(text).toContain(`Чытаць далей: ${doc.url.replace("https://", "")}`);
    expect(text).not.toContain("https://");
  });

  it("Bluesky: each record passes the AT Protocol's lexicon validation, within 300 graphemes and 3,000 bytes", () => {
    for (const post of all.filter((p) => platformOf(p) === "bluesky")) {
      const result = AppBskyFeedPost.validateRecord(jsonToLex(JSON.parse(String(post.content))));
      expect(result.success, post.path).toBe(true);
    }
  });

  it("Bluesky: a post of emoji sequences is bounded by its bytes as well as its graphemes", () => {
    const emoji = belarusianNews(0, { body: `${"👨‍👩‍👧‍👦 ".repeat(200)}\n\nКанец.` });
    for (const post of posts(emoji).filter((p) => platformOf(p) === "bluesky")) {
      const { text } = JSON.parse(String(post.content)) as { text: string };
      expect(Buffer.byteLength(text), post.path).toBeLessThanOrEqual(3000);
      expect(AppBskyFeedPost.validateRecord(jsonToLex(JSON.parse(String(post.content)))).success).toBe(true);
    }
  });

  it("a Mastodon server with a higher limit gets longer posts", () => {
    const long = posts(doc, { mastodonLimit: 1000, platforms: ["mastodon"] });
    expect(Math.max(...long.map((p) => p.meta?.count as number))).toBeGreaterThan(500);
    for (const post of long) expect(post.meta?.count as number).toBeLessThanOrEqual(1000);
  });
});

describe("text that cannot fit", () => {
  it("is a FieldError naming the field when one word is longer than a post", () => {
    const measure = "палітвязняў".repeat(27);
    const doc = resolved({
      kind: "brief",
      id: "2030-05",
      locale: "be",
      title: "Агляд",
      period: "2030-05",
      date: "2030-05-31",
      sections: [{ statistics: [{ value: 1200, measure, source: { name: "Вясна" } }] }],
    });
    expect(() => renderPosts(doc, { platforms: ["x"] })).toThrow(
      expect.objectContaining({
        name: "FieldError",
        path: ["sections", 0, "statistics", 0, "measure"],
        document: "2030-05",
        message: expect.stringMatching(/^\[@belarusbrief\/posts\] .*X post of 280 characters/),
      }),
    );
    // Telegram's 4,096 characters hold it.
    expect(() => renderPosts(doc, { platforms: ["telegram"] })).not.toThrow();
  });

  it("is a FieldError about the body when a word of a news item's whole text exceeds a Telegram message", () => {
    const doc = belarusianNews(2, { body: `Пачатак. ${"а".repeat(5000)} канец.` });
    expect(() => renderPosts(doc, { platforms: ["telegram"] })).toThrow(expect.objectContaining({ path: ["body"] }));
    // A short version leaves the word out: X cuts the body after the first sentence.
    expect(() => renderPosts(doc, { platforms: ["x"] })).not.toThrow();
  });
});
