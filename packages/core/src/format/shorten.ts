const graphemes = new Intl.Segmenter("en", { granularity: "grapheme" });

/**
 * `text` on one line, at most `max` characters as a reader counts them (grapheme clusters: a flag
 * or a family emoji is one), cut at the last space that fits and ended with "…" when it is longer.
 */
export function shorten(text: string, max: number): string {
  const line = text.replace(/\s+/g, " ").trim();
  const parts = [...graphemes.segment(line)].map((s) => s.segment);
  if (parts.length <= max) return line;
  const kept = parts.slice(0, Math.max(0, max - 1)).join("");
  const space = kept.lastIndexOf(" ");
  return `${(space > kept.length / 2 ? kept.slice(0, space) : kept).trimEnd()}…`;
}
