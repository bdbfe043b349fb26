import type { ResolvedDocument } from "@belarusbrief/core";
import { type FeedData, feedData } from "./feed-data.js";
import { finishXml } from "./fix-feed.js";
import { makeFeed } from "./make-feed.js";
import { type FeedOptions, parseOptions } from "./options.js";

/** An Atom 1.0 feed of `documents` (already filtered to one feed and language), newest first. */
export function renderAtom(documents: readonly ResolvedDocument[], options: FeedOptions = {}): string {
  return renderAtomOf(feedData(documents, parseOptions(options)));
}

/** Atom 1.0 of a feed's channel and entries. */
export function renderAtomOf({ channel, entries }: FeedData): string {
  const { feed, slots } = makeFeed(channel, entries, "atom");
  return finishXml(feed.atom1(), { slots, language: channel.language, entryLanguages: entries.map((e) => e.locale) });
}
