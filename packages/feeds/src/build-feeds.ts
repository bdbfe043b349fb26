import { type Document, LOCALES, type Locale } from "@belarusbrief/core";
import type { FeedOptions } from "./options.js";
import { type FeedFormat, type FeedName, FORMATS, feedOf, feedPath } from "./paths.js";
import { renderAtom } from "./render-atom.js";
import { renderJsonFeed } from "./render-json-feed.js";
import { renderRss } from "./render-rss.js";

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

const RENDER = { rss: renderRss, atom: renderAtom, "json-feed": renderJsonFeed } as const;

/**
 * Every feed of `documents`: publications and news, each per language present plus `all`, each
 * as RSS, Atom and JSON Feed. Feeds without documents are left out.
 */
export function buildFeeds(documents: readonly Document[], options: FeedOptions): BuiltFeed[] {
  return feedGroups(documents).flatMap(({ name, locale, docs }) =>
    (Object.keys(RENDER) as FeedFormat[]).map((format) => ({
      name,
      format,
      locale,
      path: feedPath(name, locale, format),
      mediaType: FORMATS[format].mediaType,
      content: RENDER[format](docs, { ...options, feed: name, locale }),
    })),
  );
}

/** The feeds `documents` make: name, language (`all` last) and their documents. */
export function feedGroups(
  documents: readonly Document[],
): { name: FeedName; locale: Locale | "all"; docs: Document[] }[] {
  return (["publications", "news"] as const).flatMap((name) => {
    const docs = documents.filter((doc) => feedOf(doc) === name);
    if (docs.length === 0) return [];
    const locales = LOCALES.filter((locale) => docs.some((doc) => doc.locale === locale));
    return [
      ...locales.map((locale) => ({ name, locale, docs: docs.filter((doc) => doc.locale === locale) })),
      { name, locale: "all" as const, docs },
    ];
  });
}
