import { intlLocale, type Locale } from "@belarusbrief/core";
import { graphemes } from "../count.js";

/**
 * The document's tags as hashtags (without "#"), at most `max`: letters and digits only, a tag of
 * several words joined with each word capitalised ("political prisoners" → `PoliticalPrisoners`).
 * A tag of digits only, or longer than the 64 characters Bluesky allows, is left out.
 */
export function hashtags(tags: readonly string[], locale: Locale, max: number): string[] {
  const out: string[] = [];
  for (const tag of tags) {
    const words = tag.split(/[^\p{L}\p{M}\p{N}_]+/u).filter(Boolean);
    const hashtag =
      words.length === 1
        ? (words[0] as string)
        : words.map((w) => w.charAt(0).toLocaleUpperCase(intlLocale(locale)) + w.slice(1)).join("");
    if (hashtag === "" || /^\p{N}+$/u.test(hashtag) || graphemes(hashtag) > 64 || out.includes(hashtag)) continue;
    out.push(hashtag);
  }
  return out.slice(0, max);
}
