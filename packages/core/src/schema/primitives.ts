import { z } from "zod";
import { urlProblem } from "./links.js";

/** The languages BelarusBrief publishes in. `be` is official Cyrillic, `be-tarask` Taraškievica, `be-Latn` Łacinka. */
export const LOCALES = ["en", "be", "be-tarask", "be-Latn", "ru"] as const;
export const Locale = z.enum(LOCALES).meta({
  description: "Language of the text: en, be (official Cyrillic), be-tarask (Taraškievica), be-Latn (Łacinka) or ru.",
});
export type Locale = z.infer<typeof Locale>;

/** A calendar date written as `YYYY-MM-DD`; impossible dates such as 2021-02-30 are rejected. */
export const IsoDate = z.iso.date({ error: "must be a real date written as YYYY-MM-DD, e.g. 2021-03-25" });
export type IsoDate = z.infer<typeof IsoDate>;

/** A month written as `YYYY-MM`. */
export const IsoMonth = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: "must be a month written as YYYY-MM, e.g. 2021-02" });

/** A time of day written as `HH:MM` (24-hour clock). */
export const TimeOfDay = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: "must be a time written as HH:MM on a 24-hour clock, e.g. 18:30" });

/** An IANA time zone name such as `America/New_York`. */
export const TimeZone = z.string().refine(isTimeZone, {
  error: (issue) =>
    `"${String(issue.input)}" is not an IANA time zone; write one such as America/New_York or Europe/Minsk`,
});

/** A short identifier: lower-case letters, digits and dashes, e.g. `freedom-day`. */
export const Id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  error: "must be lower-case letters, digits and single dashes, e.g. freedom-day or 2021-02",
});

/** Limits that keep one document within what every output handles (a card, a 102 KB email). */
export const LIMITS = {
  /** Characters of a plain-text field such as a title or a name. */
  plainText: 300,
  /** Characters of a Markdown field. */
  markdown: 100_000,
  /** Characters of a link. */
  url: 2048,
} as const;

/** Text with Markdown formatting (emphasis, links, lists). Raw HTML is neutralised by every output. */
export const Markdown = z
  .string()
  .min(1, { error: "must not be empty" })
  .max(LIMITS.markdown)
  .refine(hasVisibleCharacter, { error: "has no visible character; write the text or remove the line" })
  .meta({
    description:
      "Markdown text: **bold**, _emphasis_, [links](https://…), lists. Words in another language: [Гомель]{lang=be} (en, be, be-tarask, be-Latn, ru).",
  });

/** Plain text: printed exactly, never interpreted as Markdown or HTML. */
export const PlainText = plainText().meta({ description: "Plain text, shown exactly as written." });

/**
 * A title or heading: plain text in which words in another language may be marked as in Markdown,
 * `[Дзень Волі]{lang=be}`, and nothing else is interpreted (`*`, `_`, links are printed as typed).
 * `titleFields` lists where it is used.
 */
export const Title = plainText().meta({
  description:
    "Plain text, shown as written, except words in another language: [Дзень Волі]{lang=be} (en, be, be-tarask, be-Latn, ru).",
});

// Its own schema each time, so that Title and PlainText are told apart (a test walks the schema).
function plainText() {
  return z
    .string()
    .trim()
    .min(1, { error: "must not be empty" })
    .max(LIMITS.plainText)
    .refine(hasVisibleCharacter, { error: "has no visible character; write the text or remove the line" });
}

/** A list of at most `max` entries; more is an error that says how many too many. */
export function list<T extends z.ZodType>(item: T, max: number) {
  return z.array(item).max(max);
}

/**
 * A link: an absolute `https:` (or, with a warning, `http:`) or `mailto:` address, or a page of the
 * team's site written as a path from `/` (`/briefs/2021-02/`). `#` and the empty string are
 * accepted as placeholders for a lost address; the validator warns about them. The rule is
 * {@link checkLink}.
 */
export const Url = z
  .string()
  .max(LIMITS.url)
  .superRefine((value, ctx) => {
    const problem = urlProblem(value);
    if (problem) ctx.addIssue({ code: "custom", message: problem, input: value });
  })
  .meta({
    description:
      "A link: https://… (http:// is warned about), mailto:…, or a page of the team's site as a path from /, e.g. /briefs/2021-02/; # marks a lost address.",
    // For editors only, looser than the rule: the start of each accepted form.
    pattern: "^\\s*(?:[Hh][Tt][Tt][Pp][Ss]?://|[Mm][Aa][Ii][Ll][Tt][Oo]:|/(?!/)|#?\\s*$)",
  });

function hasVisibleCharacter(value: string): boolean {
  return /[^\s\p{C}]/u.test(value);
}

function isTimeZone(value: unknown): boolean {
  if (typeof value !== "string" || value === "") return false;
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return value.includes("/") || value === "UTC";
  } catch {
    return false;
  }
}
