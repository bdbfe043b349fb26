/** Column the plain-text part wraps at. */
export const WIDTH = 72;

/**
 * Wraps `text` at spaces to `width` columns: the first line starts with `prefix`, the rest with
 * `hang`. A word longer than the line (a URL) gets a line of its own and is never broken.
 */
export function wrap(text: string, prefix = "", hang = prefix, width = WIDTH): string {
  const words = text.split(/[ \t\n\r]+/).filter(Boolean);
  const lines: string[] = [];
  let line = prefix;
  let empty = true;
  for (const word of words) {
    const candidate = empty ? line + word : `${line} ${word}`;
    if (!empty && length(candidate) > width) {
      lines.push(line);
      line = hang + word;
    } else {
      line = candidate;
    }
    empty = false;
  }
  lines.push(line);
  return lines.map((l) => l.trimEnd()).join("\n");
}

/** Columns a string takes: code points, which is right for Latin, Cyrillic and Łacinka text. */
export function length(text: string): number {
  return [...text].length;
}
