import { escapeHtml } from "@belarusbrief/core";
import { Feed, type Item } from "feed";
import { TextSlots } from "./fix-feed.js";
import type { FeedFormat } from "./paths.js";
import { type Entry, instantOf, type Person } from "./to-entry.js";

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
 * RFC 3986 URI.
 */
export function makeFeed(
  channel: Channel,
  entries: readonly Entry[],
  format: FeedFormat,
): { feed: Feed; slots: TextSlots } {
  const slots = new TextSlots();
  const xml = format !== "json-feed";
  const text = (value: string) => (xml ? slots.token(value) : value);
  const urls = { rss: channel.urls.rss, atom: channel.urls.atom, json: channel.urls["json-feed"] };
  const feed = new Feed({
    id: format === "json-feed" ? urls.json : urls[format],
    title: text(channel.title),
    description: channel.description === undefined ? undefined : text(channel.description),
    link: channel.homeUrl,
    language: channel.language,
    updated: channel.updated,
    generator: "@belarusbrief/feeds",
    feedLinks: urls,
    author: person(channel.author, text),
  });
  for (const entry of entries) feed.addItem(toItem(entry, format, text));
  return { feed, slots };
}

function toItem(entry: Entry, format: FeedFormat, text: (value: string) => string): Item {
  const { author } = entry;
  const item: Item = {
    // RSS: no id, so the guid is the page address with isPermaLink="true".
    id: format === "rss" ? undefined : entry.id,
    link: entry.url,
    title: text(entry.title),
    // Summaries are plain text: HTML-escaped where the format reads them as HTML (RSS, Atom type="html").
    description:
      entry.summary === undefined ? undefined : format === "json-feed" ? entry.summary : escapeHtml(entry.summary),
    content: entry.html,
    date: instantOf(entry.day),
    published: instantOf(entry.day),
    category:
      entry.tags.length === 0
        ? undefined
        : entry.tags.map((tag) => (format === "atom" ? { term: text(tag) } : { name: text(tag) })),
    author: [person(author, text)],
  };
  if (format === "rss") {
    // RSS <author> must be an email address; without one the name goes into dc:creator
    // (https://github.com/jpmonette/feed/issues/241). dc:language gives each item its language.
    // finishXml (fix-feed.ts) declares xmlns:dc, which `feed` declares only with content:encoded.
    if (!author.email) delete item.author;
    item.extensions = [
      ...(author.email ? [] : [{ name: "dc:creator", objects: { _text: text(author.name) } }]),
      { name: "dc:language", objects: { _text: entry.locale } },
    ];
  }
  return item;
}

function person(who: Person, text: (value: string) => string): { name: string; email?: string; link?: string } {
  return {
    name: text(who.name),
    ...(who.email ? { email: who.email } : {}),
    ...(who.url ? { link: who.url } : {}),
  };
}
