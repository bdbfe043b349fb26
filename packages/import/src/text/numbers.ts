import type { Qualifier } from "@belarusbrief/core";

/** Words before a number and the qualifier each means; words the model has no qualifier for are absent. */
const QUALIFIER_WORDS: readonly [string, Qualifier][] = [
  ["more than", "more-than"],
  ["at least", "at-least"],
  ["over", "over"],
  ["about", "about"],
  ["around", "about"],
  ["approximately", "about"],
  ["roughly", "about"],
  ["some", "about"],
  ["up to", "up-to"],
  ["больш за", "more-than"],
  ["больш як", "more-than"],
  ["больше", "more-than"],
  ["не менш за", "at-least"],
  ["не менее", "at-least"],
  ["каля", "about"],
  ["около", "about"],
];

/** `over|more than|…` as a regular-expression alternation, longest first. */
export const QUALIFIER_PATTERN = QUALIFIER_WORDS.map(([words]) => words)
  .sort((a, b) => b.length - a.length)
  .map((words) => words.replace(/ /g, "\\s+"))
  .join("|");

/** A number as written: "35,000", "1 200" (any space), "1500", "2.5". */
export const NUMBER_PATTERN = "\\d{1,3}(?:[,\\u00a0\\u202f ]\\d{3})+(?!\\d)|\\d+(?:\\.\\d+)?";

/** The qualifier a word such as "at least" stands for; `exact` for none. */
export function qualifierOf(words: string | undefined): Qualifier {
  if (!words) return "exact";
  const key = words.toLowerCase().replace(/\s+/g, " ").trim();
  return QUALIFIER_WORDS.find(([w]) => w === key)?.[1] ?? "exact";
}

/** The value of a number written with thousands separators, or undefined when it is not one. */
export function parseNumber(text: string): number | undefined {
  const compact = text.replace(/[,\u00a0\u202f ]/g, "");
  if (!/^\d+(?:\.\d+)?$/.test(compact)) return undefined;
  const value = Number(compact);
  return Number.isSafeInteger(Math.trunc(value)) ? value : undefined;
}
