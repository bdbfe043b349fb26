import { plainText } from "../format/plain-text.js";
import { bareAddress, type Platform } from "./platform.js";

/**
 * Instagram captions: one caption of at most 2,200 characters (UTF-16 code units) under a carousel
 * of the document's cards, square. Links are not clickable there: the address is written out.
 */
export const instagram: Platform = {
  name: "instagram",
  label: "Instagram",
  extension: "txt",
  mediaType: "text/plain; charset=utf-8",
  fullText: () => false,
  teaser: () => 1,
  maxParts: 1,
  images: { max: 10, shape: "square", altMax: 1000 },
  hashtags: 10,
  address: bareAddress,
  linked: false,
  write(units) {
    const { text } = plainText(units);
    return { content: text, count: text.length, limit: 2200, fits: text.length <= 2200 };
  },
};
