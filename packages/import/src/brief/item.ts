import type { Context } from "../context.js";
import type { DraftItem, Path } from "../draft.js";
import { takeCitation } from "../text/citations.js";
import { findDates, isoDate } from "../text/dates.js";
import { fitPlain, hasWords } from "../text/words.js";

/** The month a brief covers, to place "On Feb 18" in it. */
export interface Month {
  year: number;
  month: number;
}

// "**Businessman … death penalty**. On Aug 12, …": a bold sentence, then the story.
const LEAD_IN = /^\*\*([^*\n]+?)\*\*\s*([.:!?])\s+(\S[\s\S]*)$/u;

/**
 * One paragraph of a brief as an item: the trailing "(via …)" as its sources, a bold sentence at
 * its start as the lead-in, and the first date of the brief's month ("On Feb 18", "Feb 7") as its
 * date. Dates in other months stay in the text: they are background, not the news of the month.
 */
export function briefItem(text: string, line: number, month: Month, path: Path, context: Context): DraftItem {
  const taken = takeCitation(text);
  // A paragraph that is nothing but a citation stays as written.
  const cited = taken && hasWords(taken.rest) ? taken : undefined;
  let body = cited?.rest ?? text;
  const item: DraftItem = {};
  const leadIn = LEAD_IN.exec(body);
  if (leadIn?.[1] && leadIn[3]) {
    const lead = fitPlain(`${leadIn[1].trim()}${leadIn[2] === "." ? "." : ""}`);
    if (!lead.cut) {
      item.lead = lead.text;
      body = leadIn[3];
    }
  }
  item.body = body;
  const date = findDates(body).find(
    (d) => d.day !== undefined && d.month === month.month && (d.year ?? month.year) === month.year,
  );
  if (date?.day) {
    const iso = isoDate(month.year, month.month, date.day);
    if (iso) item.date = iso;
  }
  if (cited) {
    item.sources = cited.sources;
    if (cited.label)
      context.notes.guess(
        [...path, "sources"],
        line,
        `written as "(${cited.label}: …)", not "(via …)"; check the note`,
      );
  }
  return item;
}
