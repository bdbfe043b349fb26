/** Column the plain-text part wraps at. */
export const WIDTH = 72;

/**
 * Wraps `text` at spaces to `width` columns: the first line starts with `prefix`, the rest with
 * `hang`. A word longer than the line (a URL) gets a line of its own and is never broken. A line
 * never starts with a word that reads as a list marker ("342.", "-"): the word before it goes along.
 */
export function wrap(text: string, prefix = "", hang = prefix, width = WIDTH): string {
  const words = text.split(/[ \t\n\r]+/).filter(Boolean);
  const lines: string[] = [];
  let line: string[] = [];
  let size = length(prefix);
  let lead = prefix;
  for (const word of words) {
    const columns = length(word);
    if (line.length > 0 && size + 1 + columns > width) {
      const carried = MARKER.test(word) && line.length > 1 ? line.pop() : undefined;
      lines.push(lead + line.join(" "));
      lead = hang;
      line = carried === undefined ? [] : [carried];
      size = length(hang) + (carried === undefined ? 0 : length(carried));
    }
    size += (line.length > 0 ? 1 : 0) + columns;
    line.push(word);
  }
  lines.push(lead + line.join(" "));
  return lines.map((l) => l.trimEnd()).join("\n");
}

/** Columns a string takes: code points, which is right for Latin, Cyrillic and Łacinka text. */
export function length(text: string): number {
  // Only a surrogate pair (an emoji, a rare letter) makes code points fewer than UTF-16 units.
  if (!SURROGATE.test(text)) return text.length;
  let count = 0;
  for (const _ of text) count++;
  return count;
}

// What a reader (or a Markdown-minded mail program) takes for a list item or quotation at a line's start.
const MARKER = /^(?:\d+\.|[-*+>])$/;
const SURROGATE = /[\ud800-\udfff]/;
