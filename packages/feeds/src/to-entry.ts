import type { Locale, ResolvedDocument, Site } from "@belarusbrief/core";
import { entryHtml } from "./entry-html.js";

/** A person or organisation credited with an entry or a feed. */
export interface Person {
  name: string;
  email?: string | undefined;
  url?: string | undefined;
}

/** One feed entry, format-neutral. */
export interface Entry {
  /** Permanent id: the address of the document's page. */
  id: string;
  url: string;
  title: string;
  summary?: string | undefined;
  html: string;
  /** Publication date, `YYYY-MM-DD` (the feeds write midnight UTC of it): plain JSON, so entries can be kept between builds. */
  day: string;
  locale: Locale;
  tags: string[];
  author: Person;
}

/** The instant a feed writes for an entry's day: midnight UTC. */
export function instantOf(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

/** A document as a feed entry; a document without an author of its own is credited to the site's. */
export function toEntry(doc: ResolvedDocument, site: Site): Entry {
  return {
    id: doc.url,
    url: doc.url,
    title: doc.title,
    ...(doc.summary === undefined ? {} : { summary: doc.summary }),
    html: entryHtml(doc),
    day: doc.date.iso,
    locale: doc.locale,
    tags: doc.tags,
    // Only the keys with a value: an entry is kept as JSON between builds, which drops the others.
    author: definedOnly(doc.author ? { name: doc.author.name, url: doc.author.url } : site.author),
  };
}

function definedOnly(person: Person): Person {
  return Object.fromEntries(Object.entries(person).filter(([, value]) => value !== undefined)) as Person;
}
