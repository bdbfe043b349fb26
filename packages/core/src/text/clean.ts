/**
 * Characters no output may carry: C0 and C1 control characters other than tab and line feed, the
 * bidi embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069), which can reverse
 * the text after them, U+FEFF (a byte order mark that shows nothing), noncharacters
 * (U+FDD0–U+FDEF and U+xFFFE, U+xFFFF in every plane) and unpaired surrogates. Every locale
 * BelarusBrief writes is left to right, so none of them carries anything a reader needs.
 */
const REMOVED =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is removed
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufeff\ufdd0-\ufdef\ufffe\uffff]|[\u{1fffe}\u{1ffff}\u{2fffe}\u{2ffff}\u{3fffe}\u{3ffff}\u{4fffe}\u{4ffff}\u{5fffe}\u{5ffff}\u{6fffe}\u{6ffff}\u{7fffe}\u{7ffff}\u{8fffe}\u{8ffff}\u{9fffe}\u{9ffff}\u{afffe}\u{affff}\u{bfffe}\u{bffff}\u{cfffe}\u{cffff}\u{dfffe}\u{dffff}\u{efffe}\u{effff}\u{ffffe}\u{fffff}\u{10fffe}\u{10ffff}]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/gu;

const ANY_REMOVED = new RegExp(REMOVED.source, "u");

/**
 * Every UTF-16 unit that can be (part of) a removed character, as one class without lookarounds
 * or the `u` flag: several times faster to test, and a text without any of them needs no cleaning.
 * Surrogates are all in it, so a text with an emoji is checked again by {@link ANY_REMOVED}.
 */
const MAYBE_REMOVED =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is looked for
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufeff\ufdd0-\ufdef\ufffe\uffff\ud800-\udfff]/;

/** Whether `text` holds a character {@link REMOVED} matches. */
const hasRemoved = (text: string): boolean => MAYBE_REMOVED.test(text) && ANY_REMOVED.test(text);

/**
 * The text with every character no output may carry removed (see above) and line breaks written
 * as line feeds (CR LF and a lone CR become LF). The one text cleaner: the loader and `resolve`
 * apply it, so outputs never clean text again.
 */
export function cleanText(text: string): string {
  const lines = text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
  return hasRemoved(lines) ? lines.replace(REMOVED, "") : lines;
}

/** The characters {@link cleanText} removes from `text`, each once, as `U+202E`. */
export function removedCharacters(text: string): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(REMOVED)) {
    const code = match[0].codePointAt(0) ?? 0;
    found.add(`U+${code.toString(16).toUpperCase().padStart(4, "0")}`);
  }
  return [...found];
}

/** Whether `text` holds a character {@link cleanText} removes (CR counts, since it is rewritten). */
export function needsCleaning(text: string): boolean {
  return text.includes("\r") || hasRemoved(text);
}
