import type { Document } from "@belarusbrief/core";
import { feedData } from "./feed-data.js";
import { finishJson } from "./fix-feed.js";
import { makeFeed } from "./make-feed.js";
import type { FeedOptions } from "./options.js";

/** A JSON Feed 1.1 of `documents` (already filtered to one feed and language), newest first. */
export function renderJsonFeed(documents: readonly Document[], options: FeedOptions): string {
  const { channel, entries } = feedData(documents, options);
  const { feed } = makeFeed(channel, entries, "json-feed");
  return finishJson(feed.json1(), { language: channel.language, entryLanguages: entries.map((e) => e.locale) });
}
