import type { Line, Run, Unit } from "../lines.js";

/** A post as plain text, with where each linked or tagged run landed (UTF-16 offsets). */
export interface PlainText {
  text: string;
  spans: { start: number; end: number; run: Run }[];
}

/**
 * `text` with each tab written as a space. A post's text holds no control character but the line
 * feed: Bluesky's record may not carry a tab, and other platforms show one as they please. Core
 * keeps tabs (a Markdown field's indentation and code blocks need them, and HTML, XML and
 * Markdown carry them), so posts are where a tab stops. One space for one tab keeps the UTF-16
 * and UTF-8 lengths a post was split by, and never adds a grapheme.
 */
export function untab(text: string): string {
  return text.includes("\t") ? text.replace(/\t/g, " ") : text;
}

/**
 * Units as plain text: lines joined by a line break, units by a blank line, quotation lines
 * marked with `quoteMark` ("> "), list items with their bullet; tabs as spaces ({@link untab}).
 */
export function plainText(units: readonly Unit[], quoteMark = "> "): PlainText {
  const spans: PlainText["spans"] = [];
  let text = "";
  units.forEach((u, i) => {
    if (i > 0) text += "\n\n";
    u.lines.forEach((l, j) => {
      if (j > 0) text += "\n";
      text += untab(lineStart(l, quoteMark));
      for (const r of l.runs) {
        if (r.href || r.tag) spans.push({ start: text.length, end: text.length + r.text.length, run: r });
        text += untab(r.text);
      }
    });
  });
  return { text, spans };
}

function lineStart(l: Line, quoteMark: string): string {
  return `${l.quote ? quoteMark : ""}${l.prefix ?? ""}`;
}
