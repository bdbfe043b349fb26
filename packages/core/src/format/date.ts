import { MESSAGES } from "../messages.js";
import type { Locale } from "../schema/primitives.js";
import { intlLocale } from "./number.js";

/** How much of a date to print: "March 25, 2021", "March 25", "March 2021", "Mar 25, 2021". */
export type DateStyle = "long" | "day-month" | "month-year" | "short";

const LATIN_MONTHS = [
  "studzień",
  "luty",
  "sakavik",
  "krasavik",
  "maj",
  "červień",
  "lipień",
  "žnivień",
  "vierasień",
  "kastryčnik",
  "listapad",
  "sniežań",
];
const LATIN_MONTHS_OF = [
  "studzienia",
  "lutaha",
  "sakavika",
  "krasavika",
  "maja",
  "červienia",
  "lipienia",
  "žniŭnia",
  "vieraśnia",
  "kastryčnika",
  "listapada",
  "sniežnia",
];

/**
 * Formats an ISO date (`YYYY-MM-DD`) or month (`YYYY-MM`) for readers of `locale`. The result does
 * not depend on the machine's time zone.
 */
export function formatDate(iso: string, locale: Locale, style: DateStyle = "long"): string {
  const [year = 1970, month = 1, day = 1] = iso.split("-").map(Number);
  if (locale === "be-Latn") return latinDate(year, month, day, style);
  const date = new Date(Date.UTC(year, month - 1, day));
  return dateFormat(intlLocale(locale), style).format(date);
}

/** "as of March 31, 2021" in the words of `locale`. */
export function formatAsOf(iso: string, locale: Locale): string {
  return MESSAGES[locale].asOf.replace("{date}", formatDate(iso, locale));
}

const STYLES: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  long: { year: "numeric", month: "long", day: "numeric" },
  "day-month": { month: "long", day: "numeric" },
  "month-year": { year: "numeric", month: "long" },
  short: { year: "numeric", month: "short", day: "numeric" },
};

function latinDate(year: number, month: number, day: number, style: DateStyle): string {
  const of = LATIN_MONTHS_OF[month - 1] ?? "";
  if (style === "month-year") return `${LATIN_MONTHS[month - 1]} ${year}`;
  if (style === "day-month") return `${day} ${of}`;
  return `${day} ${style === "short" ? of.slice(0, 3) : of} ${year}`;
}

// Creating an Intl formatter costs about 60 µs, using one about 1 µs: keep one per locale and style.
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(locale: string, style: DateStyle): Intl.DateTimeFormat {
  const key = `${locale}|${style}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { timeZone: "UTC", ...STYLES[style] });
    dateFormats.set(key, format);
  }
  return format;
}
