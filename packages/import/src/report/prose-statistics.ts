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
): PlacedStatistic[] {
  const plain = plainWords(text);
  return proseStatistics(text).map((found) => {
    const statistic: DraftStatistic = {
      id: ids.take(idFrom(found.measure, 40, "statistic")),
      value: found.value,
      qualifier: found.qualifier,
      measure: fitPlain(found.measure).text,
    };
    const asOf = found.asOf === undefined ? undefined : asOfDate(found.asOf, documentDate);
    if (asOf) statistic.asOf = asOf;
    const source = sourceNamed(sentenceWith(plain, found.phrase));
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

function sentenceWith(text: string, phrase: string): string {
  return text.split(/(?<=[.!?])\s+/u).find((s) => s.includes(phrase.slice(0, 20))) ?? "";
}

/** "According to the human rights center Viasna," → Viasna, with "human rights center" as its note. */
function sourceNamed(sentence: string): DraftSource | undefined {
  const named = /\baccording to (?:the )?([^,;.]{2,80})[,;.]/iu.exec(sentence)?.[1]?.trim();
  if (!named || !/\p{Lu}/u.test(named)) return undefined;
  const split = /^((?:\p{Ll}[\p{L}-]*\s+)+)(\p{Lu}.*)$/u.exec(named);
  if (split?.[1] && split[2]) return { name: split[2].trim(), note: split[1].trim() };
  return { name: named };
}
