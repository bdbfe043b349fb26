import { mastodonLength } from "../count.js";
import { plainText } from "../format/plain-text.js";
import type { Platform } from "./platform.js";

/** Mastodon statuses: 500 characters (or the server's limit), each link counting 23. */
export const mastodon: Platform = {
  name: "mastodon",
  label: "Mastodon",
  extension: "txt",
  mediaType: "text/plain; charset=utf-8",
  fullText: () => false,
  teaser: (options) => options.thread,
  maxParts: Number.POSITIVE_INFINITY,
  images: { max: 4, shape: "wide", altMax: 1500 },
  hashtags: 10,
  address: (url) => url,
  linked: true,
  write(units, ctx) {
    const { text, spans } = plainText(units);
    const count = mastodonLength(
      text,
      spans.filter((span) => span.run.href),
    );
    const limit = ctx.options.mastodonLimit;
    return { content: text, count, limit, fits: count <= limit };
  },
};
