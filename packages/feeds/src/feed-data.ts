import { messages, type ResolvedDocument } from "@belarusbrief/core";
import type { Channel } from "./make-feed.js";
import type { ResolvedFeedOptions } from "./options.js";
import { type FeedFormat, type FeedName, feedOf, feedPath } from "./paths.js";
import { type Entry, toEntry } from "./to-entry.js";

/** What every format is rendered from: the feed's facts and its entries, newest first. */
export interface FeedData {
  channel: Channel;
  entries: Entry[];
}

/**
 * The channel and the newest `limit` entries of `documents`. `entryOf` makes an entry, so that a
 * caller rendering several feeds of the same documents builds each entry once.
 */
export function feedData(
  documents: readonly ResolvedDocument[],
  options: ResolvedFeedOptions,
  entryOf: (doc: ResolvedDocument) => Entry = (doc) => toEntry(doc, options.site),
): FeedData {
  if (documents.length === 0)
    throw new Error("[@belarusbrief/feeds] a feed needs at least one document; pass a non-empty list");
  const { site, locale } = options;
  const newest = [...documents]
    .sort((a, b) => b.date.iso.localeCompare(a.date.iso) || a.id.localeCompare(b.id))
    .slice(0, options.limit);
  const name: FeedName = options.feed ?? (documents.every((d) => feedOf(d.kind) === "news") ? "news" : "publications");
  const language = locale === "all" ? options.language : locale;
  const words = messages(language);
  const entries = newest.map(entryOf);
  const url = (format: FeedFormat) => `${site.baseUrl}${feedPath(name, locale, format)}`;
  const channel: Channel = {
    title: `${site.title}: ${name === "news" ? words.news : words.publications}`,
    description: options.description,
    homeUrl: site.pagesUrl,
    urls: { rss: url("rss"), atom: url("atom"), "json-feed": url("json-feed") },
    language,
    author: site.author,
    updated: entries[0]?.date ?? new Date(0),
  };
  return { channel, entries };
}
