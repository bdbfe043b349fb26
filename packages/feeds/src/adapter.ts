import { type Artifact, defineAdapter } from "@belarusbrief/core";
import { buildFeedsOf } from "./build-feeds.js";
import { feedItem } from "./feed-data.js";
import { FeedsOptions } from "./options.js";
import { ROLES } from "./paths.js";

/**
 * The `feeds` output: `feeds/<publications|news>.<locale|all>.<rss.xml|atom.xml|feed.json>` for
 * every language present plus `all`, with roles `publications-feed` and `news-feed`. Its address,
 * title and author come from the site settings. It takes each document's entry as the document is
 * rendered, holds only the newest of them while making the feeds, and takes a feed whose entries
 * are unchanged from the cache.
 */
export const adapter = defineAdapter({
  name: "feeds",
  options: FeedsOptions,
  collect: (doc, { site }) => feedItem(doc, site),
  renderCollection: (items, { options, site, cache }): Artifact[] =>
    buildFeedsOf(items, { ...options, site }, cache).map((feed) => ({
      kind: feed.format,
      role: ROLES[feed.name],
      path: feed.path,
      mediaType: feed.mediaType,
      ...(feed.locale === "all" ? {} : { locale: feed.locale }),
      content: feed.content,
    })),
});
