/**
 * Everything `feed` 6.0.0 cannot express, corrected in one place. The feed is built with opaque
 * tokens in place of plain texts (titles, names, category terms), and the tokens are replaced here
 * with correctly escaped text after `feed` has written the XML.
 */
import { escapeHtml } from "@belarusbrief/core";

// biome-ignore lint/suspicious/noControlCharactersInRegex: tokens are delimited by control characters on purpose
const CDATA_TOKEN = /<!\[CDATA\[\u0001(\d+)\u0002\]\]>/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: tokens are delimited by control characters on purpose
const TOKEN = /\u0001(\d+)\u0002/g;

/** The Dublin Core namespace, of RSS items' dc:creator and dc:language. */
const DC = "http://purl.org/dc/elements/1.1/";

/** Plain texts handed to `feed` as tokens and written back by {@link finishXml}. */
export class TextSlots {
  private readonly texts: string[] = [];

  /** A token standing for `text`; core's cleaner removes control characters from every text, so it cannot collide. */
  token(text: string): string {
    this.texts.push(text);
    return `\u0001${this.texts.length - 1}\u0002`;
  }

  /** The text a token stands for. */
  text(index: number): string {
    return this.texts[index] ?? "";
  }
}

/** Facts `feed` cannot write into the XML. */
export interface XmlFixes {
  slots: TextSlots;
  /** Language of the feed and of each entry, in order. */
  language: string;
  entryLanguages: readonly string[];
}

/** Corrects an RSS 2.0 or Atom 1.0 document written by `feed`. */
export function finishXml(xml: string, fixes: XmlFixes): string {
  let out = xml
    // xml-js (used by `feed`) escapes only the first "]]>" of a CDATA section and un-escapes "&amp;"
    // in text before escaping it again, so "AT&amp;T" loses its entity (no upstream issue found);
    // plain texts are therefore written here, escaped once, outside CDATA.
    .replace(CDATA_TOKEN, (_, i) => escapeHtml(fixes.slots.text(Number(i))))
    .replace(TOKEN, (_, i) => escapeHtml(fixes.slots.text(Number(i))))
    // Atom titles are always type="html", so readers would interpret "<in>" and "&amp;" as markup
    // (https://github.com/jpmonette/feed/issues/192); our titles are plain text.
    .replace(/<title type="html">/g, '<title type="text">');
  // `feed` declares xmlns:dc only together with content:encoded, but make-feed.ts writes
  // dc:creator and dc:language into every RSS item, with content or without.
  out = out.replace(/^(<\?xml[^>]*\?>\s*)(<rss\b[^>]*)>/, (root, prolog: string, start: string) =>
    start.includes(" xmlns:dc=") ? root : `${prolog}${start} xmlns:dc="${DC}">`,
  );
  // No xml:lang on Atom feeds or entries (https://github.com/jpmonette/feed/issues/196).
  out = out.replace(
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${fixes.language}">`,
  );
  let entry = 0;
  out = out.replace(/<entry>/g, () => `<entry xml:lang="${fixes.entryLanguages[entry++] ?? fixes.language}">`);
  return `${out}\n`;
}

/** Facts `feed` cannot write into a JSON Feed. */
export interface JsonFixes {
  language: string;
  entryLanguages: readonly string[];
}

/**
 * Turns `feed`'s JSON Feed 1.0 into 1.1: the version, `language` on the feed and its items, and
 * `authors` arrays instead of the deprecated `author` (https://github.com/jpmonette/feed/issues/246).
 */
export function finishJson(json: string, fixes: JsonFixes): string {
  const { author, items, ...feed } = JSON.parse(json) as JsonObject & {
    author?: JsonObject;
    items: JsonObject[];
  };
  const out: JsonObject = { ...feed, version: "https://jsonfeed.org/version/1.1", language: fixes.language };
  if (author) out.authors = [author];
  out.items = items.map(({ author: itemAuthor, ...item }, i) => ({
    ...item,
    language: fixes.entryLanguages[i] ?? fixes.language,
    ...(itemAuthor ? { authors: [itemAuthor] } : {}),
  }));
  return `${JSON.stringify(out, null, 2)}\n`;
}

type JsonObject = Record<string, unknown>;
