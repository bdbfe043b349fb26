import { type Document, messages } from "@belarusbrief/core";
import { cleanDeep, hasText } from "./clean.js";
import type { Channel } from "./make-feed.js";
import { FeedOptions, parseOptions, type ResolvedFeedOptions } from "./options.js";
import { type FeedFormat, type FeedName, feedOf, feedPath } from "./paths.js";
import { type Entry, type Person, toEntry } from "./to-entry.js";

/** What every format is rendered from: the feed's facts and its entries, newest first. */
export interface FeedData {
  channel: Channel;
  entries: Entry[];
}

/** Validates options and maps documents to a channel and entries. */
export function feedData(documents: readonly Document[], input: FeedOptions): FeedData {
  const options = cleanDeep(parseOptions(FeedOptions, input)) as ResolvedFeedOptions;
  if (documents.length === 0)
    throw new Error("[@belarusbrief/feeds] a feed needs at least one document; pass a non-empty list");
  const docs = cleanDeep([...documents]).sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
  const name: FeedName = options.feed ?? (docs.every((d) => feedOf(d) === "news") ? "news" : "publications");
  const language = options.locale === "all" ? options.language : options.locale;
  const words = messages(language);
  // Names are checked after cleaning: "\u0001" passes the schema but is empty once cleaned.
  const siteName = hasText(options.title) ? options.title : "BelarusBrief";
  const publisher: Person = options.author
    ? { ...options.author, name: hasText(options.author.name) ? options.author.name : siteName }
    : { name: siteName };
  const entries = docs.map((doc) => toEntry(doc, options, publisher));
  const url = (format: FeedFormat) => `${options.baseUrl}${feedPath(name, options.locale, format)}`;
  const channel: Channel = {
    title: `${siteName}: ${name === "news" ? words.news : words.publications}`,
    description: options.description,
    homeUrl: options.baseUrl,
    urls: { rss: url("rss"), atom: url("atom"), "json-feed": url("json-feed") },
    language,
    author: publisher,
    updated: entries[0]?.date ?? new Date(0),
  };
  return { channel, entries };
}
