import type { ResolvedDocument } from "@belarusbrief/core";
import { type FeedData, feedData } from "./feed-data.js";
import { finishXml } from "./fix-feed.js";
import { makeFeed } from "./make-feed.js";
import { type FeedOptions, parseOptions } from "./options.js";

/** An RSS 2.0 feed of `documents` (already filtered to one feed and language), newest first. */
export function renderRss(documents: readonly ResolvedDocument[], options: FeedOptions = {}): string {
  return renderRssOf(feedData(documents, parseOptions(options)));
}

/** RSS 2.0 of a feed's channel and entries. */
export function renderRssOf({ channel, entries }: FeedData): string {
  const { feed, slots } = makeFeed(channel, entries, "rss");
  return finishXml(feed.rss2(), { slots, language: channel.language, entryLanguages: entries.map((e) => e.locale) });
}
