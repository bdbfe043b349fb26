import type { Context, Ids } from "../context.js";
import type { DraftStatistic, Path } from "../draft.js";
import { takeCitation } from "../text/citations.js";
import { type FoundStatistic, statisticLine } from "../text/statistics.js";
import { idFrom } from "../text/words.js";

/**
 * A paragraph in which every line is "measure: number" ("**Protesters detained …: over 35,000**",
 * "Detained in February: **at least 511** (via [Spring96](#))") as statistics; the citation after
 * the last number is the source of every number of the block. Undefined for any other paragraph.
 */
export function statisticsBlock(
  text: string,
  line: number,
  asOf: string,
  /** Path of the section's statistics list and where this block's entries start in it. */
  list: Path,
  start: number,
  ids: Ids,
  context: Context,
): DraftStatistic[] | undefined {
  const lines = text.split("\n").map((l) => l.replace(/(?:\s{2,}|\\)$/, "").trim());
  const last = lines.at(-1) ?? "";
  const cited = takeCitation(last);
  if (cited) lines[lines.length - 1] = cited.rest;
  const found = lines.map(statisticLine);
  if (found.length === 0 || !found.every((f): f is FoundStatistic => f !== undefined)) return undefined;
  return found.map((stat, i) => {
    const id = ids.take(idFrom(stat.measure.replace(/[“”"]/g, ""), 50, "statistic"));
    const at = [...list, start + i];
    context.notes.from(at, line + i);
    context.notes.guess([...at, "series"], line + i, "named after the measure; use the series name of earlier briefs");
    const statistic: DraftStatistic = {
      id,
      series: id,
      value: stat.value,
      qualifier: stat.qualifier,
      measure: stat.measure,
      asOf,
    };
    if (cited) {
      statistic.source = structuredClone(cited.sources[0]);
      if (i < found.length - 1)
        context.notes.guess([...at, "source"], line + i, 'the "(via …)" after the last number of the block');
      if (cited.sources.length > 1)
        context.notes.guess([...at, "source"], line + i, "the text cites more sources; a statistic keeps one");
    }
    return statistic;
  });
}
