const graphemes = new Intl.Segmenter("en", { granularity: "grapheme" });

/**
 * `text` on one line, at most `max` characters as a reader counts them (grapheme clusters: a flag
 * or a family emoji is one), cut at the last space that fits and ended with "…" when it is longer.
 */
export function shorten(text: string, max: number): string {
  const line = text.replace(/\s+/g, " ").trim();
  if (line.length <= max) return line;
  // Segmenting costs time in proportion to the whole string at every step (Node 20), so only a
  // prefix long enough to hold `max` graphemes of any realistic size is segmented.
  const parts = [...graphemes.segment(line.slice(0, max * 16 + 16))].map((s) => s.segment);
  if (parts.length <= max && line.length <= max * 16 + 16) return line;
  const kept = parts.slice(0, Math.max(0, max - 1)).join("");
  const space = kept.lastIndexOf(" ");
  return `${(space > kept.length / 2 ? kept.slice(0, space) : kept).trimEnd()}…`;
}
