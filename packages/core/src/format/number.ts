import { MESSAGES } from "../messages.js";
import type { Locale } from "../schema/primitives.js";
import type { Statistic } from "../schema/statistic.js";

/** The `Intl` locale used for numbers and dates; Intl has no data of its own for the Belarusian variants. */
export function intlLocale(locale: Locale): string {
  return locale === "en" || locale === "ru" ? locale : "be";
}

/** A number grouped as readers of `locale` expect: 35,000 in English, 35 000 in Belarusian and Russian. */
export function formatNumber(value: number, locale: Locale): string {
  const key = intlLocale(locale);
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(key, { maximumFractionDigits: 2 });
    numberFormats.set(key, format);
  }
  return format.format(value);
}

/** The parts of a statistic as printed. */
export interface StatisticPhrase {
  /** The number alone, grouped: "35,000". */
  number: string;
  /** The number with its qualifier and unit: "over 35,000", «больш за 1 200». */
  value: string;
  /** The value followed by the measure: "over 35,000 protesters detained since August 2020". */
  text: string;
}

// One formatter per locale: creating one costs far more than using it.
const numberFormats = new Map<string, Intl.NumberFormat>();

/** Formats a statistic's number with its qualifier ("over", "at least"…) in the words of `locale`. */
export function formatStatistic(
  stat: Pick<Statistic, "value" | "qualifier" | "unit" | "measure">,
  locale: Locale,
): StatisticPhrase {
  const number = formatNumber(stat.value, locale);
  const withUnit = stat.unit ? `${number} ${stat.unit}` : number;
  const value = MESSAGES[locale].qualifier[stat.qualifier ?? "exact"].replace("{n}", withUnit);
  return { number, value, text: `${value} ${stat.measure}` };
}
