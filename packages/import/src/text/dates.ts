/** Month names as the team writes them: English full and short, Belarusian and Russian genitive. */
const MONTH_NAMES: readonly (readonly string[])[] = [
  ["january", "jan", "студзеня", "января"],
  ["february", "feb", "лютага", "февраля"],
  ["march", "mar", "сакавіка", "марта"],
  ["april", "apr", "красавіка", "апреля"],
  ["may", "мая"],
  ["june", "jun", "чэрвеня", "июня"],
  ["july", "jul", "ліпеня", "июля"],
  ["august", "aug", "жніўня", "августа"],
  ["september", "sep", "sept", "верасня", "сентября"],
  ["october", "oct", "кастрычніка", "октября"],
  ["november", "nov", "лістапада", "ноября"],
  ["december", "dec", "снежня", "декабря"],
];

const MONTH = `(${MONTH_NAMES.flat()
  .sort((a, b) => b.length - a.length)
  .join("|")})\\.?`;
const DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
const YEAR = "((?:19|20)\\d{2})";
// \b only knows ASCII letters; these also work next to Cyrillic.
const START = "(?<![\\p{L}\\p{N}])";
const END = "(?![\\p{L}\\p{N}])";

/** A date written in the text, as far as it goes: a month always, a day and a year when given. */
export interface FoundDate {
  month: number;
  day?: number;
  year?: number;
  /** Where it starts in the text and the words as written. */
  index: number;
  text: string;
}

/** The month number (1–12) of a name such as "Feb", "February" or "лютага". */
export function monthNumber(name: string): number | undefined {
  const lower = name.toLowerCase().replace(/\.$/, "");
  const index = MONTH_NAMES.findIndex((names) => names.includes(lower));
  return index < 0 ? undefined : index + 1;
}

const PATTERNS: { re: RegExp; parts: ("month" | "day" | "year")[] }[] = [
  { re: new RegExp(`${START}${MONTH} ${DAY},? ${YEAR}${END}`, "giu"), parts: ["month", "day", "year"] },
  { re: new RegExp(`${START}${DAY} ${MONTH},? ${YEAR}${END}`, "giu"), parts: ["day", "month", "year"] },
  { re: new RegExp(`${START}${MONTH},? ${YEAR}${END}`, "giu"), parts: ["month", "year"] },
  { re: new RegExp(`${START}${MONTH} ${DAY}(?![\\d.,]*\\d)${END}`, "giu"), parts: ["month", "day"] },
  { re: new RegExp(`${START}${DAY} ${MONTH}${END}`, "giu"), parts: ["day", "month"] },
];

/**
 * Every date in `text` ("Feb 18", "May 21st", "9 August 2020", "June 7, 2021", "FEBRUARY 2021",
 * "7 чэрвеня 2021"), in reading order; where two readings overlap, the longer one wins.
 */
export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  const taken = new Uint8Array(text.length);
  for (const { re, parts } of PATTERNS) {
    for (const match of text.matchAll(re)) {
      const index = match.index ?? 0;
      const end = index + match[0].length;
      if (taken.subarray(index, end).includes(1)) continue;
      // "may" in lower case is the verb, not the month.
      if (/(?<![\p{L}])may(?![\p{L}])/u.test(match[0])) continue;
      const date: FoundDate = { month: 0, index, text: match[0] };
      parts.forEach((part, i) => {
        const value = match[i + 1] ?? "";
        if (part === "month") date.month = monthNumber(value) ?? 0;
        else if (part === "day") date.day = Number(value);
        else date.year = Number(value);
      });
      if (date.month > 0 && (date.day === undefined || isRealDate(date.year ?? 2000, date.month, date.day))) {
        found.push(date);
        taken.fill(1, index, end);
      }
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** Years written in the text (1900–2099), including inside links such as `/2023/03/`. */
export function yearsIn(text: string): number[] {
  return [...text.matchAll(/(?<![\d.,])(19\d{2}|20\d{2})(?!\d|[,.]\d)/g)].map((m) => Number(m[1]));
}

/** `YYYY-MM-DD`, or undefined when there is no such day. */
export function isoDate(year: number, month: number, day: number): string | undefined {
  if (!isRealDate(year, month, day)) return undefined;
  return `${String(year).padStart(4, "0")}-${pad(month)}-${pad(day)}`;
}

/** The last day of a month, as `YYYY-MM-DD`. */
export function lastDayOf(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${pad(month)}-${pad(day)}`;
}

function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}
