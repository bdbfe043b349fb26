import type { ResolvedDocument } from "@belarusbrief/core";
import { type FeedData, feedData } from "./feed-data.js";
import { finishJson } from "./fix-feed.js";
import { makeFeed } from "./make-feed.js";
import { type FeedOptions, parseOptions } from "./options.js";

/** A JSON Feed 1.1 of `documents` (already filtered to one feed and language), newest first. */
export function renderJsonFeed(documents: readonly ResolvedDocument[], options: FeedOptions = {}): string {
  return renderJsonFeedOf(feedData(documents, parseOptions(options)));
}

/** JSON Feed 1.1 of a feed's channel and entries. */
export function renderJsonFeedOf({ channel, entries }: FeedData): string {
  const { feed } = makeFeed(channel, entries, "json-feed");
  return finishJson(feed.json1(), { language: channel.language, entryLanguages: entries.map((e) => e.locale) });
}
