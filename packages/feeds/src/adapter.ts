import { type Artifact, defineAdapter } from "@belarusbrief/core";
import { buildFeeds } from "./build-feeds.js";
import { FeedsOptions } from "./options.js";
import { ROLES } from "./paths.js";

/**
 * The `feeds` output: `feeds/<publications|news>.<locale|all>.<rss.xml|atom.xml|feed.json>` for
 * every language present plus `all`, with roles `publications-feed` and `news-feed`. Its address,
 * title and author come from the site settings.
 */
export const adapter = defineAdapter({
  name: "feeds",
  options: FeedsOptions,
  renderCollection: (docs, { options, site }): Artifact[] =>
    buildFeeds(docs, { ...options, site }).map((feed) => ({
      kind: feed.format,
      role: ROLES[feed.name],
      path: feed.path,
      mediaType: feed.mediaType,
      ...(feed.locale === "all" ? {} : { locale: feed.locale }),
      content: feed.content,
    })),
});
