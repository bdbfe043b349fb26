import type { Qualifier } from "@belarusbrief/core";
import { NUMBER_PATTERN, parseNumber, QUALIFIER_PATTERN, qualifierOf } from "./numbers.js";
import { plainWords } from "./words.js";

/** A number found in the text, with what it counts. */
export interface FoundStatistic {
  measure: string;
  value: number;
  qualifier: Qualifier;
  /** The words after "as of", when given ("June 7, 2021", "today"). */
  asOf?: string;
  /** The words the number was read from, to show the editor. */
  phrase: string;
  /** Where the phrase starts in the text's words (Markdown removed). */
  index?: number;
}

const LINE = new RegExp(
  `^(.+?):\\s*(?:(${QUALIFIER_PATTERN})\\s+)?(${NUMBER_PATTERN})(?:\\s+as of\\s+([^()]+?))?\\s*$`,
  "iu",
);

/**
 * A line of a statistics block: "Protesters detained since August: over 35,000",
 * "“Political prisoners”: **258**", "Detained in February: **at least 511**". Markup is ignored.
 */
export function statisticLine(line: string): FoundStatistic | undefined {
  const plain = plainWords(line.replace(/\\$/, "")).trim();
  const match = LINE.exec(plain);
  if (!match) return undefined;
  const [, measure = "", qualifier, number = "", asOf] = match;
  const value = parseNumber(number);
  if (value === undefined || !/\p{L}/u.test(measure) || measure.length > 200) return undefined;
  return {
    measure: measure.trim(),
    value,
    qualifier: qualifierOf(qualifier),
    phrase: plain,
    ...(asOf ? { asOf } : {}),
  };
}

// Units that make a number a duration, a distance or a size rather than a count of something.
const UNITS =
  /^(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|times|percent|per cent|meters?|metres?|km|kilometers?|kilometres?|miles?|mi|m|kg|million|billion|thousand|hundred|гадоў|лет|год|года)\b/iu;
// Words that end the phrase naming what is counted.
const STOP =
  /\s(?:which|who|whom|that|because|while|when|since|after|before|during|almost|nearly|overnight|including|such as|according|as of|in the past|so far|to date)\b|[,.;:!?()“”"«»]/iu;
const QUALIFIER_BEFORE = new RegExp(`(${QUALIFIER_PATTERN})\\s+$`, "iu");
const QUALIFIED = new RegExp(`(?<![\\p{L}\\p{N}])(${QUALIFIER_PATTERN})\\s+(${NUMBER_PATTERN})\\s+`, "giu");
const AS_OF = new RegExp(
  `(?<![\\p{L}\\p{N}.,])(${NUMBER_PATTERN})\\s+([^.,;:!?()]{1,120}?)\\s+as of\\s+((?:today|now)|[^.;!?()]*?\\d{4}|\\p{L}+ \\d{1,2})(?=[\\s,.;!?)]|$)`,
  "giu",
);

/**
 * Numbers in running text that are clearly counts: a qualified number ("more than 1500 political
 * prisoners", "over 30,000 people have been detained …", "around 50 civil society organizations")
 * or a number with a date ("471 political prisoners as of June 7, 2021"). Durations, distances,
 * ages and years are left alone, and so is any number written with neither.
 */
export function proseStatistics(markdown: string, limit = Number.POSITIVE_INFINITY): FoundStatistic[] {
  const text = plainWords(markdown);
  const found: FoundStatistic[] = [];
  const seen = new Set<string>();
  for (const match of text.matchAll(AS_OF)) {
    if (found.length >= limit) break;
    const value = parseNumber(match[1] ?? "");
    const measure = measureOf(match[2] ?? "");
    if (value === undefined || !measure) continue;
    const index = match.index ?? 0;
    const before = QUALIFIER_BEFORE.exec(text.slice(Math.max(0, index - 30), index))?.[1];
    seen.add(`${value} ${measure}`);
    found.push({
      measure,
      value,
      qualifier: qualifierOf(before),
      asOf: match[3] ?? "",
      phrase: match[0].trim(),
      index,
    });
  }
  for (const match of text.matchAll(QUALIFIED)) {
    if (found.length >= limit) break;
    const value = parseNumber(match[2] ?? "");
    const index = match.index ?? 0;
    // What is counted is named within the next few words.
    const rest = text.slice(index + match[0].length, index + match[0].length + 400);
    const measure = measureOf(rest);
    if (value === undefined || !measure || seen.has(`${value} ${measure}`)) continue;
    seen.add(`${value} ${measure}`);
    const stop = rest.search(STOP);
    const phrase = `${match[0]}${stop < 0 ? rest : rest.slice(0, stop)}`.trim();
    found.push({ measure, value, qualifier: qualifierOf(match[1]), phrase, index });
  }
  return found;
}

/** "people have been detained in violation of …" → "people detained in violation of …". */
function measureOf(rest: string): string | undefined {
  if (UNITS.test(rest) || /^-?year-old/i.test(rest)) return undefined;
  const end = rest.search(STOP);
  const words = (end < 0 ? rest : rest.slice(0, end))
    .replace(/^(\p{L}+)\s+(?:have been|has been|had been|were|are|was|is)\s+/iu, "$1 ")
    .trim()
    .split(/\s+/);
  if (words.length === 0 || !/^\p{L}/u.test(words[0] ?? "") || words.length > 16) return undefined;
  return words.join(" ");
}
