import { plainText } from "../format/plain-text.js";
import type { Platform } from "./platform.js";

/** Facebook page posts: the document's whole text with its card, up to 63,206 characters (UTF-16 code units). */
export const facebook: Platform = {
  name: "facebook",
  label: "Facebook",
  extension: "txt",
  mediaType: "text/plain; charset=utf-8",
  fullText: () => true,
  teaser: () => 1,
  maxParts: Number.POSITIVE_INFINITY,
  images: { max: 1, shape: "wide", altMax: 1000 },
  hashtags: 10,
  address: (url) => url,
  linked: true,
  write(units) {
    const { text } = plainText(units);
    return { content: text, count: text.length, limit: 63206, fits: text.length <= 63206 };
  },
};
