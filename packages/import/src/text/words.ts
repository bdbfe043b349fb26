import { LIMITS, slugify } from "@belarusbrief/core";

/** The words of a Markdown snippet without its markup: `**bold**`, `_em_`, `[text](url)` → text. */
export function plainWords(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]\n]*)\]\([^)\n]*\)/g, "$1")
    .replace(/\*\*|__/g, "")
    .replace(/(^|[\s(])[*_]([^*_\n]+)[*_](?=[\s).,;:!?]|$)/g, "$1$2")
    .replace(/\\\n/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** The first sentence of a text: up to the first ".", "!" or "?" followed by a space, without the mark. */
export function firstSentence(text: string): string {
  const match = /^(.+?[^\s.!?])[.!?](?:\s|$)/u.exec(text);
  return (match?.[1] ?? text).trim();
}

/** True for text written in capitals: letters, none of them lower case. */
export function isCapitals(text: string): boolean {
  return /\p{Lu}.*\p{Lu}.*\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
}

const SMALL_WORDS = new Set("a an and as at but by for from in into nor of on or per the to via vs with".split(" "));
const ACRONYMS = new Set(
  "USA US UK EU UN UNHRC OSCE PACE NATO KGB ICC BNP HRW IFJ OHCHR NGO NGOS ID II III IV".split(" "),
);

/** How the text writes each word inside a sentence: above zero when mostly capitalised, "UN" when in capitals. */
export type Casing = Map<string, number | "capitals">;

/** Learns from the text's own sentences how it writes each word (Belarusian, August, authorities, OSCE). */
export function casingOf(text: string): Casing {
  const casing: Casing = new Map();
  for (const line of text.split("\n")) {
    if (isCapitals(line)) continue;
    for (const sentence of line.split(/(?<=[.!?:;“"«(])\s*/u)) {
      const words = sentence.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
      for (const word of words.slice(1)) {
        const key = word.toLowerCase();
        const seen = casing.get(key);
        if (seen === "capitals") continue;
        if (word.length > 1 && word === word.toUpperCase() && /\p{Lu}/u.test(word)) casing.set(key, "capitals");
        else casing.set(key, (seen ?? 0) + (/^\p{Lu}/u.test(word) ? 1 : -1));
      }
    }
  }
  return casing;
}

/**
 * Text written in capitals ("AMNESTY INTERNATIONAL CALLS ON THE BELARUSIAN AUTHORITIES TO:") as
 * the rest of the text would write it ("Amnesty International calls on the Belarusian authorities
 * to:"): each word as it mostly appears inside the text's sentences, the first word capitalised.
 * Without such a text to learn from, title case. Only a guess: the editor checks it.
 */
export function fromCapitals(text: string, casing: Casing = new Map()): string {
  let first = true;
  return text.replace(/[\p{L}\p{N}'’.-]+/gu, (word) => {
    const isFirst = first;
    first = false;
    const bare = word.replace(/[.'’-]+$/, "");
    const key = bare.toLowerCase();
    const seen = casing.get(key);
    if (seen === "capitals" || ACRONYMS.has(bare.replace(/[’']S$/, "")) || /^(?:\p{Lu}\.)+$/u.test(word)) return word;
    const lower = word.toLowerCase();
    const capital = lower.replace(
      /^(\P{L}*)(\p{L})/u,
      (_, before: string, letter: string) => before + letter.toUpperCase(),
    );
    if (isFirst || key === "i") return capital;
    if (casing.size === 0) return SMALL_WORDS.has(lower) ? lower : capital;
    return typeof seen === "number" && seen > 0 ? capital : lower;
  });
}

/**
 * A short id from a text: lower-case ASCII letters, digits and dashes; Cyrillic transliterated.
 * Cut at a word boundary to at most `max` characters. `fallback` when nothing is left.
 */
export function idFrom(text: string, max = 60, fallback = "untitled"): string {
  const full = slugify(text.replace(/\s&\s/g, " and "), 1000);
  if (full === "item") return fallback;
  if (full.length <= max) return full;
  const cut = full.slice(0, max + 1);
  const at = cut.lastIndexOf("-");
  return (at > 20 ? cut.slice(0, at) : full.slice(0, max)).replace(/-+$/, "");
}

/**
 * A text short enough for a plain-text field (a title, a name): the text itself when it fits,
 * otherwise its beginning cut at a word and ended with "…". `cut` tells whether it was shortened.
 */
export function fitPlain(text: string, max: number = LIMITS.plainText): { text: string; cut: boolean } {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= max) return { text: clean, cut: false };
  const room = clean.slice(0, max - 1);
  const at = room.lastIndexOf(" ");
  return { text: `${(at > max / 2 ? room.slice(0, at) : room).trimEnd()}…`, cut: true };
}

/** True when a text has a letter or digit (so a field of it is not "invisible"). */
export function hasWords(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}
