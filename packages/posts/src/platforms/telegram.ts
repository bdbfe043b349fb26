import { telegramHtml } from "../format/telegram-html.js";
import { bareAddress, type Platform } from "./platform.js";

/**
 * Telegram channel posts in Telegram's HTML subset. A brief is its cover card with a caption and
 * the link; any other document goes out whole, the first message as the caption of its card
 * (≤ 1,024 characters), the rest as text messages (≤ 4,096). Telegram counts the text after
 * parsing the tags, in UTF-16 code units.
 */
export const telegram: Platform = {
  name: "telegram",
  label: "Telegram",
  extension: "html",
  mediaType: "text/html; charset=utf-8",
  fullText: (doc) => doc.kind !== "brief",
  teaser: () => 1,
  maxParts: Number.POSITIVE_INFINITY,
  images: { max: 1, shape: "wide", altMax: 1024 },
  hashtags: 10,
  address: bareAddress,
  linked: true,
  write(units, ctx) {
    const { html, text } = telegramHtml(units);
    const limit = ctx.index === 0 && ctx.images.length > 0 ? 1024 : 4096;
    return { content: html, count: text.length, limit, fits: text.length <= limit };
  },
};
