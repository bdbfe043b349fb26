import { type Document, KIND_PATHS, type Locale } from "@belarusbrief/core";
import { hasText, httpUrl } from "./clean.js";
import type { ResolvedFeedOptions } from "./options.js";
import { documentHtml } from "./to-html.js";

/** A person or organisation credited with an entry. */
export interface Person {
  name: string;
  email?: string | undefined;
  url?: string | undefined;
}

/** One feed entry, format-neutral. */
export interface Entry {
  /** Permanent id: the document's page address, derived from its kind and id. */
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

/** The address of a document's page. */
export function documentUrl(doc: Document, options: ResolvedFeedOptions): string {
  return options.documentUrl ? options.documentUrl(doc) : `${options.baseUrl}${KIND_PATHS[doc.kind]}/${doc.id}/`;
}

/**
 * A document as a feed entry; texts are expected to be free of control characters already. A
 * document author whose name shows nothing is replaced by `publisher`.
 */
export function toEntry(doc: Document, options: ResolvedFeedOptions, publisher: Person): Entry {
  const url = documentUrl(doc, options);
  const author = hasText(doc.author?.name) ? { name: doc.author.name, url: httpUrl(doc.author.url) } : publisher;
  return {
    id: url,
    url,
    title: doc.title,
    summary: doc.summary,
    html: documentHtml(doc, options.baseUrl),
    date: new Date(`${doc.date}T00:00:00Z`),
    locale: doc.locale,
    tags: [...new Set(doc.tags ?? [])],
    author,
  };
}
