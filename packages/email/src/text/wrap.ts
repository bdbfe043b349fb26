/** Column the plain-text part wraps at. */
export const WIDTH = 72;

/**
 * Wraps `text` at spaces to `width` columns: the first line starts with `prefix`, the rest with
 * `hang`. A word longer than the line (a URL) gets a line of its own and is never broken. A line
 * never starts with a word that reads as a list marker ("342.", "-"): the word before it goes along.
 */
export function wrap(text: string, prefix = "", hang = prefix, width = WIDTH): string {
  // Measured once for the whole text: without a surrogate pair, columns are UTF-16 units.
  const pairs = SURROGATE.test(text) || SURROGATE.test(prefix) || SURROGATE.test(hang);
  const hangSize = length(hang);
  let out = "";
  let lead = prefix;
  let size = length(prefix);
  let count = 0;
  // The line is text[from, end) after `lead`, cut out of the text rather than rebuilt word by word;
  // `single` says whether every gap in it is one space, as the line must read.
  let from = 0;
  let end = 0;
  let single = true;
  // The line's last word (where it starts, its columns) and where the word before it ends, for
  // carrying the last word to the next line.
  let lastFrom = 0;
  let lastSize = 0;
  let beforeLastEnd = 0;
  let i = 0;
  while (i < text.length) {
    if (isSpace(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < text.length && !isSpace(text.charCodeAt(i))) i++;
    const columns = pairs ? length(text.slice(start, i)) : i - start;
    if (count > 0 && size + 1 + columns > width) {
      const carry = count > 1 && MARKER.test(text.slice(start, i));
      out += `${lineOf(text, lead, from, carry ? beforeLastEnd : end, single)}\n`;
      lead = hang;
      single = true;
      if (carry) {
        from = lastFrom;
        size = hangSize + lastSize;
        count = 1;
      } else {
        size = hangSize;
        count = 0;
      }
    }
    if (count > 0) {
      if (start - end !== 1 || text.charCodeAt(end) !== 32) single = false;
      beforeLastEnd = end;
      size += 1;
    } else from = start;
    lastFrom = start;
    lastSize = columns;
    end = i;
    size += columns;
    count++;
  }
  return out + (count > 0 ? lineOf(text, lead, from, end, single) : lead.trimEnd());
}

/** One line: `lead`, then the words of text[from, to) one space apart, without trailing spaces. */
function lineOf(text: string, lead: string, from: number, to: number, single: boolean): string {
  const words = text.slice(from, to);
  return (lead + (single ? words : words.split(/[ \t\n\r]+/).join(" "))).trimEnd();
}

/** Columns a string takes: code points, which is right for Latin, Cyrillic and Łacinka text. */
export function length(text: string): number {
  // Only a surrogate pair (an emoji, a rare letter) makes code points fewer than UTF-16 units.
  if (!SURROGATE.test(text)) return text.length;
  let count = 0;
  for (const _ of text) count++;
  return count;
}

// Words are split at spaces, tabs and line breaks, scanned by hand: a regex split costs more than the rest.
const isSpace = (code: number): boolean => code === 32 || code === 9 || code === 10 || code === 13;

// What a reader (or a Markdown-minded mail program) takes for a list item or quotation at a line's start.
const MARKER = /^(?:\d+\.|[-*+>])$/;
const SURROGATE = /[\ud800-\udfff]/;
