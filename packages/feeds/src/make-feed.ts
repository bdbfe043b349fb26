import { Feed, type Item } from "feed";
import { escapeXml, httpUrl } from "./clean.js";
import { TextSlots } from "./fix-feed.js";
import type { FeedFormat } from "./paths.js";
import type { Entry, Person } from "./to-entry.js";

/** A feed's own facts, format-neutral. */
export interface Channel {
  title: string;
  description?: string | undefined;
  homeUrl: string;
  /** Address of this feed in each format; the one being written is its self link. */
  urls: Record<FeedFormat, string>;
  language: string;
  author: Person;
  updated: Date;
}

/**
 * A `feed` instance with every id, link, self link, author, date and category set explicitly.
 * For XML formats, plain texts are tokens in `slots` (see fix-feed.ts). Every URL is written as an
 * RFC 3986 URI ({@link httpUrl}); an author URL that is not one is left out.
 */
export function makeFeed(
  channel: Channel,
  entries: readonly Entry[],
  format: FeedFormat,
): { feed: Feed; slots: TextSlots } {
  const slots = new TextSlots();
  const xml = format !== "json-feed";
  const text = (value: string) => (xml ? slots.token(value) : value);
  const urls = { rss: uri(channel.urls.rss), atom: uri(channel.urls.atom), json: uri(channel.urls["json-feed"]) };
  const feed = new Feed({
    id: format === "json-feed" ? urls.json : urls[format],
    title: text(channel.title),
    description: channel.description === undefined ? undefined : text(channel.description),
    link: uri(channel.homeUrl),
    language: channel.language,
    updated: channel.updated,
    generator: "@belarusbrief/feeds",
    feedLinks: urls,
    author: { name: text(channel.author.name), email: channel.author.email, link: httpUrl(channel.author.url) },
  });
  for (const entry of entries) feed.addItem(toItem(entry, format, text));
  return { feed, slots };
}

function toItem(entry: Entry, format: FeedFormat, text: (value: string) => string): Item {
  const { author } = entry;
  const item: Item = {
    // RSS: no id, so the guid is the page address with isPermaLink="true".
    id: format === "rss" ? undefined : uri(entry.id),
    link: uri(entry.url),
    title: text(entry.title),
    // Summaries are plain text: HTML-escaped where the format reads them as HTML (RSS, Atom type="html").
    description:
      entry.summary === undefined ? undefined : format === "json-feed" ? entry.summary : escapeXml(entry.summary),
    content: entry.html,
    date: entry.date,
    published: entry.date,
    category:
      entry.tags.length === 0
        ? undefined
        : entry.tags.map((tag) => (format === "atom" ? { term: text(tag) } : { name: text(tag) })),
    author: [{ name: text(author.name), email: author.email, link: httpUrl(author.url) }],
  };
  if (format === "rss") {
    // RSS <author> must be an email address; without one the name goes into dc:creator
    // (https://github.com/jpmonette/feed/issues/241). dc:language gives each item its language.
    if (!author.email) delete item.author;
    item.extensions = [
      ...(author.email ? [] : [{ name: "dc:creator", objects: { _text: text(author.name) } }]),
      { name: "dc:language", objects: { _text: entry.locale } },
    ];
  }
  return item;
}

function uri(url: string): string {
  const out = httpUrl(url);
  if (out === undefined)
    throw new Error(
      `[@belarusbrief/feeds] "${url}" is not an absolute http(s) address; make documentUrl return one, e.g. https://belarus.example.org/briefs/2030-01/`,
    );
  return out;
}
