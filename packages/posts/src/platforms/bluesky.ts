import { graphemes, utf8Length } from "../count.js";
import { blueskyRecord } from "../format/bluesky-record.js";
import { bareAddress, type Platform } from "./platform.js";

/**
 * Bluesky posts as `app.bsky.feed.post` records: at most 300 graphemes and 3,000 bytes of text,
 * links and hashtags as facets, up to four images with alt text.
 */
export const bluesky: Platform = {
  name: "bluesky",
  label: "Bluesky",
  extension: "json",
  mediaType: "application/json",
  fullText: () => false,
  teaser: (options) => options.thread,
  maxParts: Number.POSITIVE_INFINITY,
  images: { max: 4, shape: "wide", altMax: 2000 },
  hashtags: 10,
  address: bareAddress,
  linked: true,
  write(units, ctx) {
    const { record, text } = blueskyRecord(units, {
      langs: [ctx.locale],
      createdAt: `${ctx.doc.date.iso}T00:00:00.000Z`,
      images: ctx.images,
    });
    const count = graphemes(text);
    return {
      content: `${JSON.stringify(record, null, 2)}\n`,
      count,
      limit: 300,
      fits: count <= 300 && utf8Length(text) <= 3000,
    };
  },
};
