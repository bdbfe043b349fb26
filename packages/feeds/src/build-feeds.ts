import { type ArtifactCache, LOCALES, type Locale, type ResolvedDocument } from "@belarusbrief/core";
import { cachedFeed } from "./feed-cache.js";
import { type FeedItem, feedDataOf, feedItem, newestFirst } from "./feed-data.js";
import { type FeedSettings, parseOptions } from "./options.js";
import { type FeedFormat, type FeedName, FORMATS, feedPath } from "./paths.js";
import { renderAtomOf } from "./render-atom.js";
import { renderJsonFeedOf } from "./render-json-feed.js";
import { renderRssOf } from "./render-rss.js";

/** One generated feed file. */
export interface BuiltFeed {
  name: FeedName;
  format: FeedFormat;
  locale: Locale | "all";
  /** Path relative to the site root, e.g. `feeds/news.en.atom.xml`. */
  path: string;
  mediaType: string;
  content: string;
}

const RENDER = { rss: renderRssOf, atom: renderAtomOf, "json-feed": renderJsonFeedOf } as const;

/**
 * Every feed of `documents`: publications and news, each per language present plus `all`, each
 * as RSS, Atom and JSON Feed, with the newest `limit` documents. Feeds without documents are left
 * out.
 */
export function buildFeeds(documents: readonly ResolvedDocument[], settings: FeedSettings = {}): BuiltFeed[] {
  const { site } = parseOptions(settings);
  return buildFeedsOf(
    documents.map((doc) => feedItem(doc, site)),
    settings,
  );
}

/** One feed's newest entries. */
export interface FeedGroup {
  name: FeedName;
  locale: Locale | "all";
  items: FeedItem[];
}

/**
 * {@link buildFeeds} of the items the feeds took of each document, read once, front to back. With
 * a `cache`, a feed whose entries and settings are those of an earlier build is taken from it.
 */
export function buildFeedsOf(
  items: Iterable<FeedItem>,
  settings: FeedSettings = {},
  cache?: ArtifactCache,
): BuiltFeed[] {
  const base = parseOptions(settings);
  return feedGroups(items, base.limit).flatMap(({ name, locale, items }) => {
    const entries = items.map((item) => item.entry);
    const render = () => {
      const data = feedDataOf(entries, { ...base, feed: name, locale });
      return (Object.keys(RENDER) as FeedFormat[]).map((format) => ({
        name,
        format,
        locale,
        path: feedPath(name, locale, format),
        mediaType: FORMATS[format].mediaType,
        content: RENDER[format](data),
      }));
    };
    return cache ? cachedFeed(cache, { base, name, locale, entries }, render) : render();
  });
}

/**
 * The feeds `items` make, publications first, each language before `all`, with their newest
 * `limit` items. Only that many per feed are held while reading, however many items there are.
 */
export function feedGroups(items: Iterable<FeedItem>, limit: number): FeedGroup[] {
  const groups = new Map<string, FeedItem[]>();
  const add = (key: string, item: FeedItem) => {
    const held = groups.get(key) ?? [];
    held.push(item);
    // Trim only now and then, so that reading n items costs n log(limit), not n × limit.
    if (held.length >= 2 * limit) held.sort(newestFirst).length = limit;
    groups.set(key, held);
  };
  for (const item of items) {
    add(`${item.feed}.${item.entry.locale}`, item);
    add(`${item.feed}.all`, item);
  }
  return (["publications", "news"] as const).flatMap((name) =>
    [...LOCALES, "all" as const].flatMap((locale) => {
      const held = groups.get(`${name}.${locale}`);
      return held ? [{ name, locale, items: held.sort(newestFirst).slice(0, limit) }] : [];
    }),
  );
}
