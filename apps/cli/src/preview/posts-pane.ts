import type { Artifact } from "@belarusbrief/core";
import { escapeHtml as esc } from "./escape.js";

/** What the posts output writes in an artifact's `meta`. */
interface PostMeta {
  platform: string;
  part: number;
  of: number;
  images: { path: string; alt: string }[];
  count: number;
  limit: number;
  language: string;
}

/** How the posts pane knows about the cards the posts attach. */
export interface PostCards {
  /** Why there are no cards to attach (they were not built, or failed); absent when they were built. */
  missing?: string;
  /** Paths of the cards the preview can show. */
  shown: ReadonlySet<string>;
}

/**
 * The posts of one document, a section per platform: the document's own post (a thread in order,
 * each part labelled "i/n"), then the posts of its cards; each post's text as the platform shows
 * it, its length against the platform's limit, its language and the images it attaches.
 */
export function postsPane(posts: readonly Artifact[], cards: PostCards): string {
  if (posts.length === 0) return "<p>No posts for this document.</p>";
  const platforms = new Map<string, Artifact[]>();
  for (const post of posts) {
    const { platform } = metaOf(post);
    platforms.set(platform, [...(platforms.get(platform) ?? []), post]);
  }
  const note = cards.missing ? `<p class="note">${esc(cards.missing)}</p>` : "";
  return `${note}${[...platforms]
    .map(([platform, list]) => {
      const threads = threadsOf(platform, list);
      return `<section class="platform" data-platform="${esc(platform)}"><h3>${esc(PLATFORM_NAMES[platform] ?? platform)}</h3>${threads
        .map(
          ({ card, parts }) =>
            `<div class="thread"><h4>${card ? `Card post: ${esc(card)}` : "The document's post"}</h4>${parts.map((p) => postHtml(p, cards)).join("")}</div>`,
        )
        .join("")}</section>`;
    })
    .join("")}`;
}

const PLATFORM_NAMES: Record<string, string> = {
  telegram: "Telegram",
  bluesky: "Bluesky",
  mastodon: "Mastodon",
  threads: "Threads",
  x: "X",
  facebook: "Facebook",
  instagram: "Instagram",
};

// A post's thread: the document's post (no card) first, then each card's, in the order written.
function threadsOf(platform: string, posts: readonly Artifact[]): { card: string; parts: Artifact[] }[] {
  const threads = new Map<string, Artifact[]>();
  for (const post of posts) {
    const card = cardOf(platform, post);
    threads.set(card, [...(threads.get(card) ?? []), post]);
  }
  return [...threads]
    .sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : 0))
    .map(([card, parts]) => ({ card, parts: parts.sort((x, y) => metaOf(x).part - metaOf(y).part) }));
}

// `posts/<id>/<platform>[-<card id>][-<part>].<ext>`: the card id, "" for the document's own post.
function cardOf(platform: string, post: Artifact): string {
  const { part, of } = metaOf(post);
  let name = post.path.slice(post.path.lastIndexOf("/") + 1).replace(/\.[^.]+$/, "");
  if (of > 1 && name.endsWith(`-${part}`)) name = name.slice(0, -`-${part}`.length);
  return name.startsWith(`${platform}-`) ? name.slice(platform.length + 1) : "";
}

function postHtml(post: Artifact, cards: PostCards): string {
  const meta = metaOf(post);
  const ratio = meta.count / meta.limit;
  const state = meta.count > meta.limit ? "over" : ratio >= 0.9 ? "close" : "fits";
  const words =
    state === "over"
      ? ` — ${meta.count - meta.limit} over the limit`
      : state === "close"
        ? ` — ${meta.limit - meta.count} left`
        : "";
  const images = meta.images.length
    ? `<ul class="images">${meta.images
        .map(
          (image) =>
            `<li>${cards.shown.has(image.path) ? `<img src="/out/${esc(image.path)}" alt="${esc(image.alt)}">` : ""}<code>${esc(image.path)}</code> <span class="alt">alt: ${esc(image.alt)}</span></li>`,
        )
        .join("")}</ul>`
    : meta.part === 1
      ? `<p class="note">${cards.missing ? "No images: the cards were not built." : "No image."}</p>`
      : "";
  return `<article class="post ${state}" lang="${esc(meta.language)}">
<p class="meta"><strong class="part">${meta.part}/${meta.of}</strong> <span class="count">${meta.count} / ${meta.limit}${words}</span> <span class="language">language: ${esc(meta.language)}</span> <code>${esc(post.path)}</code></p>
${bodyHtml(post)}${images}</article>`;
}

// The text as the platform shows it: Telegram's HTML drawn in a frame that can run and load
// nothing, Bluesky's record text, the others' plain text.
function bodyHtml(post: Artifact): string {
  const text = typeof post.content === "string" ? post.content : Buffer.from(post.content).toString("utf8");
  if (post.mediaType.startsWith("text/html")) {
    const document = `<!doctype html><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"><body style="margin:.5rem;font:15px/1.45 system-ui,sans-serif;white-space:pre-wrap;overflow-wrap:anywhere">${text}</body>`;
    return `<iframe class="telegram" sandbox="" title="Telegram message" srcdoc="${esc(document)}" style="height:${heightOf(text)}em"></iframe><details><summary>HTML as sent</summary><pre>${esc(text)}</pre></details>`;
  }
  if (post.mediaType.startsWith("application/json")) {
    try {
      const record = JSON.parse(text) as { text?: unknown };
      if (typeof record.text === "string") return `<pre class="text">${esc(record.text)}</pre>`;
    } catch {
      // Not a record: shown as written below.
    }
  }
  return `<pre class="text">${esc(text)}</pre>`;
}

// Lines the message takes at about 60 characters a line, in em of 1.45 line height, within bounds.
function heightOf(html: string): number {
  const lines = html
    .replace(/<[^>]*>/g, "")
    .split("\n")
    .reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / 60)), 0);
  return Math.min(40, Math.max(4, Math.ceil(lines * 1.45) + 2));
}

function metaOf(post: Artifact): PostMeta {
  return post.meta as unknown as PostMeta;
}
