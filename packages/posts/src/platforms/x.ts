import { xLength } from "../count.js";
import { plainText } from "../format/plain-text.js";
import type { Platform } from "./platform.js";

/** Posts on X: 280 by X's weighted count (`twitter-text`), threads numbered "1/3", up to four images. */
export const x: Platform = {
  name: "x",
  label: "X",
  extension: "txt",
  mediaType: "text/plain; charset=utf-8",
  fullText: () => false,
  teaser: (options) => options.thread,
  maxParts: Number.POSITIVE_INFINITY,
  images: { max: 4, shape: "wide", altMax: 1000 },
  hashtags: 10,
  address: (url) => url,
  linked: true,
  write(units) {
    const { text } = plainText(units);
    const { count, valid } = xLength(text);
    return { content: text, count, limit: 280, fits: valid && count <= 280 };
  },
};
