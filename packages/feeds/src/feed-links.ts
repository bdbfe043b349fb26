import { type Document, messages } from "@belarusbrief/core";
import { feedGroups } from "./build-feeds.js";
import { escapeXml } from "./clean.js";
import { FeedOptions, parseOptions } from "./options.js";
import { type FeedFormat, FORMATS, feedPath } from "./paths.js";

/**
 * `<link rel="alternate">` tags announcing the feeds of `documents`, for the `<head>` of HTML pages.
 * Language feeds carry `hreflang`; the `all` feeds do not.
 */
export function feedLinks(documents: readonly Document[], options: FeedOptions): string[] {
  const { baseUrl, title, language } = parseOptions(FeedOptions, options);
  return feedGroups(documents).flatMap(({ name, locale }) =>
    (Object.keys(FORMATS) as FeedFormat[]).map((format) => {
      const words = messages(locale === "all" ? language : locale);
      const label = `${title}: ${name === "news" ? words.news : words.publications}${locale === "all" ? "" : ` (${locale})`}`;
      const hreflang = locale === "all" ? "" : ` hreflang="${locale}"`;
      const href = `${baseUrl}${feedPath(name, locale, format)}`;
      return `<link rel="alternate" type="${FORMATS[format].mediaType}"${hreflang} title="${escapeXml(label)}" href="${escapeXml(href)}">`;
    }),
  );
}
