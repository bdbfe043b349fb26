import { threadsLength } from "../count.js";
import { plainText } from "../format/plain-text.js";
import type { Platform } from "./platform.js";

/** Threads posts: 500 characters, an emoji counting its UTF-8 bytes; one hashtag (a topic) per post. */
export const threads: Platform = {
  name: "threads",
  label: "Threads",
  extension: "txt",
  mediaType: "text/plain; charset=utf-8",
  fullText: () => false,
  teaser: (options) => options.thread,
  maxParts: Number.POSITIVE_INFINITY,
  images: { max: 10, shape: "wide", altMax: 1000 },
  hashtags: 1,
  address: (url) => url,
  linked: true,
  write(units) {
    const { text } = plainText(units);
    const count = threadsLength(text);
    return { content: text, count, limit: 500, fits: count <= 500 };
  },
};
