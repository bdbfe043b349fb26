import type { Line, Run, Unit } from "../lines.js";

/** A post as plain text, with where each linked or tagged run landed (UTF-16 offsets). */
export interface PlainText {
  text: string;
  spans: { start: number; end: number; run: Run }[];
}

/**
 * Units as plain text: lines joined by a line break, units by a blank line, quotation lines
 * marked with `quoteMark` ("> "), list items with their bullet.
 */
export function plainText(units: readonly Unit[], quoteMark = "> "): PlainText {
  const spans: PlainText["spans"] = [];
  let text = "";
  units.forEach((u, i) => {
    if (i > 0) text += "\n\n";
    u.lines.forEach((l, j) => {
      if (j > 0) text += "\n";
      text += lineStart(l, quoteMark);
      for (const r of l.runs) {
        if (r.href || r.tag) spans.push({ start: text.length, end: text.length + r.text.length, run: r });
        text += r.text;
      }
    });
  });
  return { text, spans };
}

function lineStart(l: Line, quoteMark: string): string {
  return `${l.quote ? quoteMark : ""}${l.prefix ?? ""}`;
}
