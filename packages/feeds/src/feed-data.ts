import { messages, type ResolvedDocument, type Site } from "@belarusbrief/core";
import type { Channel } from "./make-feed.js";
import type { ResolvedFeedOptions } from "./options.js";
import { type FeedFormat, type FeedName, feedOf, feedPath } from "./paths.js";
import { type Entry, instantOf, toEntry } from "./to-entry.js";

/** What every format is rendered from: the feed's facts and its entries, newest first. */
export interface FeedData {
  channel: Channel;
  entries: Entry[];
}

/**
 * What the feeds take of one document: the feed it belongs to, its id (which orders documents of
 * the same day) and its entry. Plain JSON, so that a build can keep it between runs.
 */
export interface FeedItem {
  feed: FeedName;
  document: string;
  entry: Entry;
}

/** A document as a {@link FeedItem}. */
export function feedItem(doc: ResolvedDocument, site: Site): FeedItem {
  return { feed: feedOf(doc.kind), document: doc.id, entry: toEntry(doc, site) };
}

/** Newest first: by date, then by document id, so that the order never depends on the input's. */
export function newestFirst(a: FeedItem, b: FeedItem): number {
  return b.entry.day.localeCompare(a.entry.day) || a.document.localeCompare(b.document);
}

/** The channel and the newest `limit` entries of `documents` (of one feed). */
export function feedData(documents: readonly ResolvedDocument[], options: ResolvedFeedOptions): FeedData {
  if (documents.length === 0)
    throw new Error("[@belarusbrief/feeds] a feed needs at least one document; pass a non-empty list");
  const newest = [...documents]
    .sort((a, b) => b.date.iso.localeCompare(a.date.iso) || a.id.localeCompare(b.id))
    .slice(0, options.limit);
  const feed: FeedName = options.feed ?? (documents.every((d) => feedOf(d.kind) === "news") ? "news" : "publications");
  return feedDataOf(
    newest.map((doc) => toEntry(doc, options.site)),
    { ...options, feed },
  );
}

/** The channel of the feed `options.feed` in `options.locale`, with `entries` (newest first, at most the limit). */
export function feedDataOf(entries: Entry[], options: ResolvedFeedOptions & { feed: FeedName }): FeedData {
  const { site, locale, feed: name } = options;
  const language = locale === "all" ? options.language : locale;
  const words = messages(language);
  const url = (format: FeedFormat) => `${site.baseUrl}${feedPath(name, locale, format)}`;
  const channel: Channel = {
    title: `${site.title}: ${name === "news" ? words.news : words.publications}`,
    description: options.description,
    homeUrl: site.pagesUrl,
    urls: { rss: url("rss"), atom: url("atom"), "json-feed": url("json-feed") },
    language,
    author: site.author,
    updated: entries[0] ? instantOf(entries[0].day) : new Date(0),
  };
  return { channel, entries };
}
