import { type Document, type Locale, type Messages, messages } from "@belarusbrief/core";
import { escapeText } from "./escape.js";
import type { ResolvedOptions } from "./options.js";

/** What every part of a rendering needs to know. */
export interface Context {
  doc: Document;
  /** Language of the fixed words. */
  locale: Locale;
  words: Messages;
  offset: number;
}

export function createContext(doc: Document, options: ResolvedOptions): Context {
  const locale = options.locale ?? doc.locale;
  return { doc, locale, words: messages(locale), offset: options.headingOffset };
}

/** An ATX heading of plain `text` at `level` (1 = title), shifted by the heading offset. */
export function heading(ctx: Context, level: number, text: string): string {
  return `${"#".repeat(Math.min(6, level + ctx.offset))} ${escapeText(text)}`;
}
