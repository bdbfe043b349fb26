import { intlLocale, type Locale } from "@belarusbrief/core";
import type { Unit } from "../lines.js";

/** What one post says on any platform, before the platform's link line, images and limits. */
export interface Draft {
  /** `""` for the document's own post, else the id of the card it goes with: `statistic-detained`. */
  key: string;
  /** Language of the post's text. */
  locale: Locale;
  /** What every version says. */
  head: Unit[];
  /** What a short version may cut, after the last sentence that fits. */
  lede: Unit[];
  /** What every version says after it (a deadline, a source). */
  foot: Unit[];
  /** The document's whole text, for the platforms that carry it (Telegram, Facebook). */
  full?: Unit[];
  /** Words before the link to the document's page: "Read more", "Sign". */
  label: string;
}

/** `text` with its first letter capitalised for `locale`, for the start of a post. */
export function capitalise(text: string, locale: Locale): string {
  const first = text.codePointAt(0);
  if (first === undefined) return text;
  const letter = String.fromCodePoint(first);
  return letter.toLocaleUpperCase(intlLocale(locale)) + text.slice(letter.length);
}
