import type { Locale } from "@belarusbrief/core";
import type { Ids } from "../context.js";
import type { DraftSource, DraftStatistic, Notes, Path } from "../draft.js";
import { findDates, isoDate } from "../text/dates.js";
import { proseStatistics } from "../text/statistics.js";
import { fitPlain, idFrom, plainWords } from "../text/words.js";

/** A statistic read from running text, with the note to write once its place is known. */
export interface PlacedStatistic {
  statistic: DraftStatistic;
  note: (path: Path, notes: Notes) => void;
}

/**
 * The counts in a paragraph as statistics ("more than 1500 political prisoners in Belarus"), each
 * as of the date it names ("as of June 7, 2021"; "today" is the document's date), with the source
 * its sentence names ("According to the human rights center Viasna, …").
 */
export function paragraphStatistics(
  text: string,
  line: number,
  documentDate: string,
  locale: Locale | undefined,
  ids: Ids,
  limit: number,
): PlacedStatistic[] {
  const plain = plainWords(text);
  return proseStatistics(text, limit).map((found) => {
    const statistic: DraftStatistic = {
      id: ids.take(idFrom(found.measure, 40, "statistic")),
      value: found.value,
      qualifier: found.qualifier,
      measure: fitPlain(found.measure).text,
    };
    const asOf = found.asOf === undefined ? undefined : asOfDate(found.asOf, documentDate);
    if (asOf) statistic.asOf = asOf;
    const source = sourceNamed(sentenceAt(plain, found.index ?? 0));
    if (source) statistic.source = source;
    if (locale) statistic.locale = locale;
    return {
      statistic,
      note: (path, notes) => {
        notes.from(path, line);
        notes.guess([...path, "measure"], line, `read from "${found.phrase}"; check what is counted`);
        if (source) notes.guess([...path, "source"], line, 'from "According to …" in the same sentence');
      },
    };
  });
}

function asOfDate(words: string, documentDate: string): string | undefined {
  if (/^(today|now)$/i.test(words.trim())) return documentDate;
  const date = findDates(words)[0];
  return date?.year && date.day ? isoDate(date.year, date.month, date.day) : undefined;
}

/** The sentence around a position of the text (looking at most 600 characters back). */
function sentenceAt(text: string, index: number): string {
  const before = text.slice(Math.max(0, index - 600), index);
  const start = before.search(/[.!?]\s+(?=[^.!?]*$)/u);
  const after = text.slice(index, index + 600);
  const end = after.search(/[.!?](\s|$)/u);
  return `${start < 0 ? before : before.slice(start + 1)}${end < 0 ? after : after.slice(0, end + 1)}`.trim();
}

/** "According to the human rights center Viasna," → Viasna, with "human rights center" as its note. */
function sourceNamed(sentence: string): DraftSource | undefined {
  const named = /\baccording to (?:the )?([^,;.]{2,80})[,;.]/iu.exec(sentence)?.[1]?.trim();
  if (!named || !/\p{Lu}/u.test(named)) return undefined;
  const split = /^((?:\p{Ll}[\p{L}-]*\s+)+)(\p{Lu}.*)$/u.exec(named);
  if (split?.[1] && split[2]) return { name: split[2].trim(), note: split[1].trim() };
  return { name: named };
}
