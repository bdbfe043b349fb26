import type { Block } from "../blocks/block.js";
import type { Context } from "../context.js";
import { findDates } from "../text/dates.js";
import { fitPlain, plainWords } from "../text/words.js";

/** The top of a brief: `# BelarusBrief`, then "News from …, FEBRUARY 2021". */
export interface TitleBlock {
  title: string;
  tagline?: string;
  /** `YYYY-MM`. */
  period: string;
  year: number;
  month: number;
  /** How many blocks it took. */
  used: number;
}

/**
 * Reads the title and the month from the blocks before the first rule or section heading. The
 * month comes from a "Month YYYY" at the end of the tagline or the title, or else from the date
 * the caller gave; without either the brief cannot be placed, and this returns undefined.
 */
export function titleBlock(blocks: readonly Block[], context: Context): TitleBlock | undefined {
  const end = blocks.findIndex((b, i) => b.type === "rule" || (b.type === "heading" && (b.depth ?? 1) > 1 && i > 0));
  const top = blocks.slice(0, end < 0 ? Math.min(blocks.length, 3) : Math.min(end, 3));
  const first = top[0];
  if (!first) return undefined;
  const title = fitPlain(plainWords(first.text.split("\n")[0] ?? ""));
  let used = 1;
  let tagline: string | undefined;
  let found = monthAtEnd(plainWords(first.text));
  const second = top[1];
  if (second?.type === "paragraph") {
    const month = monthAtEnd(plainWords(second.text));
    if (month && !title.cut) {
      found = month;
      used = 2;
      if (month.before !== "") tagline = fitPlain(month.before).text;
    }
  }
  const line = first.line;
  // A first line too long for a title stays in the text; the title is its beginning.
  if (title.cut) {
    used = 0;
    context.notes.guess(
      ["title"],
      line,
      "the beginning of the first line, which is kept in the text; write the real title",
    );
  }
  if (found) return { title: title.text, ...(tagline ? { tagline } : {}), ...periodOf(found.year, found.month), used };
  if (context.date) {
    const [year = 0, month = 0] = context.date.split("-").map(Number);
    context.notes.guess(["period"], line, "no month under the title; taken from --date");
    return { title: title.text, ...periodOf(year, month), used };
  }
  return undefined;
}

function periodOf(year: number, month: number) {
  return { period: `${year}-${String(month).padStart(2, "0")}`, year, month };
}

/** "News from …, FEBRUARY 2021" → the month, the year and the words before them. */
function monthAtEnd(text: string): { year: number; month: number; before: string } | undefined {
  const date = findDates(text).at(-1);
  if (!date?.year || date.day !== undefined) return undefined;
  if (text.slice(date.index + date.text.length).trim() !== "") return undefined;
  const before = text
    .slice(0, date.index)
    .replace(/[\s,–—-]+$/u, "")
    .trim();
  return { year: date.year, month: date.month, before };
}
