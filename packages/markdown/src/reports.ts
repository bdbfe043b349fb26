import type { ResolvedReport } from "@belarusbrief/core";
import type { BlockContent } from "mdast";
import { around } from "./around.js";
import { plain, strong, text } from "./mdast.js";
import { note } from "./note.js";
import { shows } from "./shows.js";

/**
 * A report as a paragraph: "**Boston, MA, USA**: summary (January 16, 2030; Attendance: over 60)".
 * When the summary names the city, as in the seed ("In **Boston, MA**, over 60 people…"), it
 * opens the paragraph itself and the full place joins the note unless the summary shows it too.
 */
export function reportBlocks(report: ResolvedReport): BlockContent[] {
  const named = shows(report.summary, report.city);
  const lead = named ? [] : [strong([plain(report.place)]), text(":")];
  const place = named && !shows(report.summary, report.place) ? report.place : undefined;
  const facts = [place, report.date?.text, report.attendance?.phrase].map((fact) =>
    fact && !shows(report.summary, fact) ? fact : undefined,
  );
  return around(lead, report.summary, note([...facts, report.citation]));
}
