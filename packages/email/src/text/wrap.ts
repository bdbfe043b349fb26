/** Column the plain-text part wraps at. */
export const WIDTH = 72;

/**
 * Wraps `text` at spaces to `width` columns: the first line starts with `prefix`, the rest with
 * `hang`. A word longer than the line (a URL) gets a line of its own and is never broken. A line
 * never starts with a word that reads as a list marker ("342.", "-"): the word before it goes along.
 */
export function wrap(text: string, prefix = "", hang = prefix, width = WIDTH): string {
  // Measured once for the whole text: without a surrogate pair, columns are UTF-16 units.
  const measure = SURROGATE.test(text) || SURROGATE.test(prefix) || SURROGATE.test(hang) ? length : units;
  const hangSize = measure(hang);
  let out = "";
  let line = prefix;
  let size = measure(prefix);
  let count = 0;
  // Where the line's last word starts and its columns, for carrying it to the next line.
  let lastStart = 0;
  let lastSize = 0;
  let i = 0;
  while (i < text.length) {
    if (isSpace(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < text.length && !isSpace(text.charCodeAt(i))) i++;
    const word = text.slice(start, i);
    const columns = measure(word);
    if (count > 0 && size + 1 + columns > width) {
      const carry = count > 1 && MARKER.test(word);
      out += `${(carry ? line.slice(0, lastStart - 1) : line).trimEnd()}\n`;
      if (carry) {
        const carried = line.slice(lastStart);
        line = hang + carried;
        size = hangSize + lastSize;
        count = 1;
      } else {
        line = hang;
        size = hangSize;
        count = 0;
      }
    }
    if (count > 0) {
      line += " ";
      size += 1;
    }
    lastStart = line.length;
    lastSize = columns;
    line += word;
    size += columns;
    count++;
  }
  return out + line.trimEnd();
}

/** Columns a string takes: code points, which is right for Latin, Cyrillic and Łacinka text. */
export function length(text: string): number {
  // Only a surrogate pair (an emoji, a rare letter) makes code points fewer than UTF-16 units.
  if (!SURROGATE.test(text)) return text.length;
  let count = 0;
  for (const _ of text) count++;
  return count;
}

const units = (text: string): number => text.length;

// Words are split at spaces, tabs and line breaks, scanned by hand: a regex split costs more than the rest.
const isSpace = (code: number): boolean => code === 32 || code === 9 || code === 10 || code === 13;

// What a reader (or a Markdown-minded mail program) takes for a list item or quotation at a line's start.
const MARKER = /^(?:\d+\.|[-*+>])$/;
const SURROGATE = /[\ud800-\udfff]/;
