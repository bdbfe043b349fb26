import type { ResolvedStatistic } from "@belarusbrief/core";
import type { Paragraph, PhrasingContent } from "mdast";
import { paragraph, plain, spaced, strong, text } from "./mdast.js";
import { note } from "./note.js";

/**
 * Statistics as one short block, a line each ("Political prisoners: **258**") joined by hard line
 * breaks, each number with its date and source: "(as of February 28, 2021; Source: Spring96)".
 * Consecutive lines with the same date and source share one note after the last of them.
 */
export function statisticsBlock(stats: readonly ResolvedStatistic[]): Paragraph {
  const lines = stats.map((stat, i) => {
    const line = [plain(stat.measure), text(": "), strong([text(stat.phrase)])];
    const next = stats[i + 1];
    if (next && key(next) === key(stat)) return line;
    return spaced(line, note([stat.asOf.phrase, stat.citation]));
  });
  return paragraph(lines.flatMap((line, i): PhrasingContent[] => (i === 0 ? line : [{ type: "break" }, ...line])));
}

function key(stat: ResolvedStatistic): string {
  return JSON.stringify([stat.asOf.phrase, stat.citation]);
}
