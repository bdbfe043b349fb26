const graphemes = new Intl.Segmenter("en", { granularity: "grapheme" });

/** How `shorten` counts: graphemes as a reader sees them, or Unicode code points as X's and Mastodon's limits do. */
export type CountUnit = "grapheme" | "code point";

/**
 * `text` on one line, at most `max` characters, cut at the last space that fits and ended with
 * "…" when it is longer. Characters are counted as a reader counts them (grapheme clusters: a flag
 * or a family emoji is one) or, with `unit: "code point"`, as platforms that count code points
 * do; either way a grapheme is never split.
 */
export function shorten(text: string, max: number, { unit = "grapheme" }: { unit?: CountUnit } = {}): string {
  const line = text.replace(/\s+/g, " ").trim();
  if (line.length <= max) return line;
  // Segmenting costs time in proportion to the whole string at every step (Node 20), so only a
  // prefix long enough to hold `max` graphemes of any realistic size is segmented.
  const prefix = line.slice(0, max * 16 + 16);
  const parts = [...graphemes.segment(prefix)].map((s) => s.segment);
  const size = unit === "grapheme" ? () => 1 : (part: string) => [...part].length;
  const total = parts.reduce((sum, part) => sum + size(part), 0);
  if (total <= max && prefix.length === line.length) return line;
  let kept = "";
  for (let i = 0, used = 0; i < parts.length; i++) {
    const part = parts[i] as string;
    used += size(part);
    if (used > max - 1) break; // one character is left for "…"
    kept += part;
  }
  const space = kept.lastIndexOf(" ");
  return `${(space > kept.length / 2 ? kept.slice(0, space) : kept).trimEnd()}…`;
}
