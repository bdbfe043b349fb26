import { LOCALES, type Locale, type ResolvedDocument } from "@belarusbrief/core";
import { feedData } from "./feed-data.js";
import { type FeedSettings, parseOptions } from "./options.js";
import { type FeedFormat, type FeedName, FORMATS, feedOf, feedPath } from "./paths.js";
import { renderAtomOf } from "./render-atom.js";
import { renderJsonFeedOf } from "./render-json-feed.js";
import { renderRssOf } from "./render-rss.js";
import { type Entry, toEntry } from "./to-entry.js";

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
 * out. Each entry is built once, however many feeds show it.
 */
export function buildFeeds(documents: readonly ResolvedDocument[], settings: FeedSettings = {}): BuiltFeed[] {
  const base = parseOptions(settings);
  const entries = new Map<ResolvedDocument, Entry>();
  const entryOf = (doc: ResolvedDocument) => {
    let entry = entries.get(doc);
    if (!entry) {
      entry = toEntry(doc, base.site);
      entries.set(doc, entry);
    }
    return entry;
  };
  return feedGroups(documents).flatMap(({ name, locale, docs }) => {
    const data = feedData(docs, { ...base, feed: name, locale }, entryOf);
    return (Object.keys(RENDER) as FeedFormat[]).map((format) => ({
      name,
      format,
      locale,
      path: feedPath(name, locale, format),
      mediaType: FORMATS[format].mediaType,
      content: RENDER[format](data),
    }));
  });
}

/** The feeds `documents` make: name, language (`all` last) and their documents. */
function feedGroups(
  documents: readonly ResolvedDocument[],
): { name: FeedName; locale: Locale | "all"; docs: ResolvedDocument[] }[] {
  return (["publications", "news"] as const).flatMap((name) => {
    const docs = documents.filter((doc) => feedOf(doc.kind) === name);
    if (docs.length === 0) return [];
    const locales = LOCALES.filter((locale) => docs.some((doc) => doc.locale === locale));
    return [
      ...locales.map((locale) => ({ name, locale, docs: docs.filter((doc) => doc.locale === locale) })),
      { name, locale: "all" as const, docs },
    ];
  });
}
