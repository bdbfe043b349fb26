import type { Artifact, ArtifactInfo } from "@belarusbrief/core";
import { resolvedFixture } from "@belarusbrief/testkit";
import { describe, expect, it } from "vitest";
import { renderPosts } from "../src/index.js";

// The cards @belarusbrief/social draws for the full-brief fixture, as its manifest lists them.
const CARD_IDS = [
  "cover",
  "quote-lead",
  "quote-by-joining-the-union-we-were-putting-a",
  "statistic-detained",
  "statistic-prisoners",
  "event-rally-chicago",
  "event-online-evening",
  "event-freedom-day",
  "action-write-to-political-prisoners",
  "action-ask-your-senator-to-act",
];
const SIZES = { og: [1200, 630], square: [1080, 1080], story: [1080, 1920] } as const;

function cards(document = "2030-01", ids = CARD_IDS): ArtifactInfo[] {
  return ids.flatMap((id) =>
    Object.entries(SIZES).map(([size, [width, height]]) => ({
      kind: "card",
      role: id === "cover" && size === "og" ? "og-image" : "card",
      path: `cards/${document}/${id}-${size}.png`,
      mediaType: "image/png",
      document,
      locale: "en",
      width,
      height,
      alt: `${id} ${size}`,
    })),
  );
}

function byPath(posts: Artifact[], path: string): Artifact {
  const post = posts.find((p) => p.path === path);
  if (!post) throw new Error(`no post ${path} among ${posts.map((p) => p.path).join(", ")}`);
  return post;
}

const images = (post: Artifact) => ((post.meta?.images ?? []) as { path: string; alt: string }[]).map((i) => i.path);

describe("cards attached to posts", () => {
  const doc = resolvedFixture("full-brief");
  const posts = renderPosts(doc, {}, cards());

  it("the document's post carries its Open Graph card on every platform but Instagram", () => {
    for (const name of ["telegram.html", "bluesky.json", "mastodon.txt", "threads.txt", "x.txt", "facebook.txt"]) {
      expect(images(byPath(posts, `posts/2030-01/${name}`)), name).toEqual(["cards/2030-01/cover-og.png"]);
    }
  });

  it("Instagram's caption goes with a carousel of the document's cards, square, in order, at most ten", () => {
    expect(images(byPath(posts, "posts/2030-01/instagram.txt"))).toEqual(
      CARD_IDS.map((id) => `cards/2030-01/${id}-square.png`),
    );
    const more = renderPosts(doc, { platforms: ["instagram"] }, cards("2030-01", [...CARD_IDS, "action-extra"]));
    expect(images(byPath(more, "posts/2030-01/instagram.txt"))).toHaveLength(10);
  });

  it("each statistic, event and call to action post carries its own card with its alt text", () => {
    for (const id of CARD_IDS.filter((id) => /^(statistic|event|action)-/.test(id))) {
      expect(byPath(posts, `posts/2030-01/x-${id}.txt`).meta?.images).toEqual([
        { path: `cards/2030-01/${id}-og.png`, alt: `${id} og` },
      ]);
      expect(images(byPath(posts, `posts/2030-01/instagram-${id}.txt`))).toEqual([`cards/2030-01/${id}-square.png`]);
    }
  });

  it("has a post only for statistics with a source, upcoming events and open calls to action", () => {
    const keys = posts
      .filter((p) => p.meta?.platform === "x")
      .map((p) => p.path.replace(/^posts\/2030-01\/x-?|\.txt$/g, ""));
    expect(keys).toEqual(["", ...CARD_IDS.filter((id) => /^(statistic|event|action)-/.test(id))]);
  });

  it("a card the build did not draw leaves its post without an image; other documents' cards are not used", () => {
    const partial = renderPosts(doc, { platforms: ["x"] }, [
      ...cards("2030-01", ["cover", "statistic-detained"]),
      ...cards("other", CARD_IDS),
    ]);
    expect(images(byPath(partial, "posts/2030-01/x-statistic-detained.txt"))).toHaveLength(1);
    expect(images(byPath(partial, "posts/2030-01/x-event-freedom-day.txt"))).toEqual([]);
  });

  it("without cards (a build with --only posts) posts go without images, and Telegram's limit is a message's", () => {
    const plain = renderPosts(doc);
    for (const post of plain) expect(post.meta?.images, post.path).toEqual([]);
    expect(byPath(plain, "posts/2030-01/telegram.html").meta?.limit).toBe(4096);
    expect(byPath(posts, "posts/2030-01/telegram.html").meta?.limit).toBe(1024);
  });
});
