import type { Document } from "@belarusbrief/core";
import { feedData } from "./feed-data.js";
import { finishXml } from "./fix-feed.js";
import { makeFeed } from "./make-feed.js";
import type { FeedOptions } from "./options.js";

/** An Atom 1.0 feed of `documents` (already filtered to one feed and language), newest first. */
export function renderAtom(documents: readonly Document[], options: FeedOptions): string {
  const { channel, entries } = feedData(documents, options);
  const { feed, slots } = makeFeed(channel, entries, "atom");
  return finishXml(feed.atom1(), { slots, language: channel.language, entryLanguages: entries.map((e) => e.locale) });
}
