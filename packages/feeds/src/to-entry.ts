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
  /** Publication date as an instant (midnight UTC of the document's date). */
  date: Date;
  locale: Locale;
  tags: string[];
  author: Person;
}

/** A document as a feed entry; a document without an author of its own is credited to the site's. */
export function toEntry(doc: ResolvedDocument, site: Site): Entry {
  return {
    id: doc.url,
    url: doc.url,
    title: doc.title,
    summary: doc.summary,
    html: entryHtml(doc),
    date: new Date(`${doc.date.iso}T00:00:00Z`),
    locale: doc.locale,
    tags: doc.tags,
    author: doc.author ? { name: doc.author.name, url: doc.author.url } : site.author,
  };
}
