/** Longest text an import reads, in characters: about five years of a weekly news stream. */
export const MAX_INPUT_CHARACTERS = 5_000_000;

/** The input as the importer reads it, and what was taken out of it. */
export interface NormalizedText {
  text: string;
  /** How many control characters, bidirectional overrides and broken UTF-16 halves were removed. */
  removed: number;
}

/**
 * Line feeds for every line ending (CR LF, CR, U+2028/2029, form and page feeds from PDF exports),
 * no byte-order mark, no control characters other than tab and line feed, no lone UTF-16 surrogate,
 * and no bidirectional overrides or isolates (U+202A–202E, U+2066–2069), which can make text read
 * differently from what it is; none of the team's languages needs them. Everything else, including
 * no-break spaces and the left-to-right and right-to-left marks, is kept.
 */
export function normalizeText(input: string): NormalizedText {
  let removed = 0;
  const text = input
    .replace(/^\uFEFF/, "")
    // biome-ignore lint/suspicious/noControlCharactersInRegex: vertical tab and form feed end lines
    .replace(/\r\n?|[\u2028\u2029\u000B\u000C]/g, "\n")
    .replace(
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
      /[\u0000-\u0008\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
      () => {
        removed++;
        return "";
      },
    );
  return { text, removed };
}

/** True for a line with nothing visible: spaces of any kind, format characters (U+200B, U+200F…). */
export function isBlank(line: string): boolean {
  return !/[^\s\p{C}]/u.test(line);
}

/** Trims spaces of every kind, including no-break spaces. */
export function trimAll(text: string): string {
  return text.replace(/^[\s\u00a0\u200b]+|[\s\u00a0\u200b]+$/gu, "");
}
