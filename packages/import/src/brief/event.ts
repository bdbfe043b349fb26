import type { Context, Ids } from "../context.js";
import type { DraftEvent, Path } from "../draft.js";
import { takeCitation } from "../text/citations.js";
import { isoDate, monthNumber } from "../text/dates.js";
import { isBlank } from "../text/normalize.js";
import { firstSentence, fitPlain, idFrom, plainWords } from "../text/words.js";
import type { Month } from "./item.js";

const EVENT = /^(?:\*\*)?(\p{L}+)\.? (\d{1,2})(?:st|nd|rd|th)?(?:\*\*)?\s*[:–—-]\s*(?:\*\*)?\s*(\S[\s\S]*)$/u;
// Words that say a date returns every year.
const YEARLY =
  /\b(every year|each year|annual(?:ly)?|anniversary|\d+ years ago|celebrat\w*|commemorat\w*|remembrance day|independence day)\b/iu;

/** True when a paragraph starts with a date and a colon: "March 25: …", "**Apr 26** – …". */
export function isEventLine(text: string): boolean {
  const match = EVENT.exec(text);
  return match?.[1] !== undefined && monthNumber(match[1]) !== undefined;
}

/**
 * "March 25: Belarusians will celebrate **Freedom Day**. …" as an event: the date in the brief's
 * year (or the next one, for a month already past), the first bold words as the title, the rest
 * as the description, the "(via …)" as its source; yearly when the text says it returns every year.
 */
export function briefEvent(
  text: string,
  line: number,
  month: Month,
  path: Path,
  ids: Ids,
  context: Context,
): DraftEvent | undefined {
  const match = EVENT.exec(text);
  const number = monthNumber(match?.[1] ?? "");
  if (!match || number === undefined) return undefined;
  const year = number < month.month ? month.year + 1 : month.year;
  const date = isoDate(year, number, Number(match[2]));
  if (!date) return undefined;
  const cited = takeCitation(match[3] ?? "");
  const description = (cited?.rest ?? match[3] ?? "").replace(/^\*\*(?=[^*]*$)/, "").trim();
  const bold = /\*\*([^*\n]+)\*\*/.exec(description)?.[1];
  const title = fitPlain(bold ? plainWords(bold) : firstSentence(plainWords(description)), 120);
  if (isBlank(title.text)) return undefined;
  if (!bold) context.notes.guess([...path, "title"], line, "title taken from the first sentence; shorten it");
  else if (title.cut) context.notes.guess([...path, "title"], line, "shortened; write the real title");
  const event: DraftEvent = { id: ids.take(idFrom(title.text, 40, "event")), title: title.text, date };
  if (year !== month.year)
    context.notes.guess(
      [...path, "date"],
      line,
      `check the year: ${match[1]} is before the brief's month, so ${year} is assumed`,
    );
  const cue = YEARLY.exec(plainWords(description));
  if (cue) {
    event.recurs = "yearly";
    context.notes.guess([...path, "recurs"], line, `yearly because the text says "${cue[1]}"; check`);
  }
  if (description !== "") event.description = description;
  if (cited?.sources[0]) event.source = cited.sources[0];
  return event;
}
