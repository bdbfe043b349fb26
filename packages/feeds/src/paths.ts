import type { ArtifactRole, DocumentKind, Locale } from "@belarusbrief/core";

/** The two feeds: publications (briefs, press releases, statements, appeals) and news items. */
export type FeedName = "publications" | "news";
/** The three formats each feed is written in, named as the artifact kinds. */
export type FeedFormat = "rss" | "atom" | "json-feed";

/** File name endings and media types of the formats. */
export const FORMATS: Record<FeedFormat, { suffix: string; mediaType: string }> = {
  rss: { suffix: "rss.xml", mediaType: "application/rss+xml" },
  atom: { suffix: "atom.xml", mediaType: "application/atom+xml" },
  "json-feed": { suffix: "feed.json", mediaType: "application/feed+json" },
};

/** The role other outputs find each feed by. */
export const ROLES: Record<FeedName, ArtifactRole> = { publications: "publications-feed", news: "news-feed" };

/** Which feed a document of `kind` belongs to. */
export function feedOf(kind: DocumentKind): FeedName {
  return kind === "news-item" ? "news" : "publications";
}

/** Path of a feed relative to the site: `feeds/<name>.<locale or all>.<rss.xml|atom.xml|feed.json>`. */
export function feedPath(name: FeedName, locale: Locale | "all", format: FeedFormat): string {
  return `feeds/${name}.${locale}.${FORMATS[format].suffix}`;
}
