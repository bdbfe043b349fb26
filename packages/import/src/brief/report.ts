import type { Context, Ids } from "../context.js";
import type { DraftReport, Path } from "../draft.js";
import { takeCitation } from "../text/citations.js";
import { NUMBER_PATTERN, parseNumber, QUALIFIER_PATTERN, qualifierOf } from "../text/numbers.js";
import { idFrom, plainWords } from "../text/words.js";

const US_STATES = new Set(
  "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY".split(
    " ",
  ),
);
// "**Boston, MA**": a place in bold, with its state or region after a comma.
const PLACE = /\*\*(\p{Lu}[\p{L}.'’ -]{1,60}?),\s*(\p{Lu}[\p{L}.]{1,30})\*\*/u;
const ATTENDANCE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(${QUALIFIER_PATTERN})\\s+)?(${NUMBER_PATTERN})\\s+(?:people|participants|protesters|demonstrators|persons|supporters|attendees|Belarusians)\\b`,
  "iu",
);

/** True when a paragraph names a place in bold, "**City, ST**", as rally reports do. */
export function isReport(text: string): boolean {
  return PLACE.test(text);
}

/**
 * A rally paragraph as a report: the first "**City, ST**" as city and region (a US state code also
 * gives the country), "over 60 people" as the attendance, the paragraph as the summary.
 */
export function briefReport(
  text: string,
  line: number,
  path: Path,
  ids: Ids,
  context: Context,
): DraftReport | undefined {
  const place = PLACE.exec(text);
  if (!place?.[1] || !place[2]) return undefined;
  const cited = takeCitation(text);
  const summary = cited && /\p{L}/u.test(cited.rest) ? cited.rest : text;
  const city = place[1].trim();
  const region = place[2].trim();
  const count = ATTENDANCE.exec(plainWords(summary));
  const value = parseNumber(count?.[2] ?? "");
  const attendance =
    count && value !== undefined && Number.isInteger(value) ? { value, qualifier: qualifierOf(count[1]) } : undefined;
  if (attendance)
    context.notes.guess([...path, "attendance"], line, `from "${count?.[0]}"; check it counts the people there`);
  const report: DraftReport = {
    id: ids.take(idFrom(city, 40, "report")),
    city,
    region,
    ...(US_STATES.has(region) ? { country: "USA" } : {}),
    ...(attendance ? { attendance } : {}),
    summary,
  };
  if (summary !== text && cited) report.sources = cited.sources;
  return report;
}
