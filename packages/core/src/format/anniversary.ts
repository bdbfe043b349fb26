import { messages } from "../messages.js";
import type { Locale } from "../schema/primitives.js";

const ENGLISH_ORDINAL = new Intl.PluralRules("en", { type: "ordinal" });
const SUFFIX: Record<string, string> = { one: "st", two: "nd", few: "rd", other: "th" };

/**
 * Which anniversary `year` is of something first held in `since`: "107th anniversary",
 * "107-я гадавіна". Undefined for the first year itself or earlier.
 */
export function formatAnniversary(since: number, year: number, locale: Locale): string | undefined {
  const n = year - since;
  if (n < 1) return undefined;
  const count = locale === "en" ? `${n}${SUFFIX[ENGLISH_ORDINAL.select(n)] ?? "th"}` : String(n);
  return messages(locale).anniversary.replace("{n}", count);
}
