import { type Document, formatStatistic } from "@belarusbrief/core";

/**
 * Reduces text to what "the same words" means when comparing a seed with a document: Markdown
 * markup (bold, links, headings, list markers, bullets), quotation-mark style and whitespace are
 * ignored, case is folded. Words, numbers, punctuation and emoji are kept.
 */
export function normalize(text: string): string {
  return text
    .normalize("NFC")
    .replace(/\[([^\]\n]*)\]\([^)\s]*\)/g, "$1") // [text](url) → text
    .replace(/\*\*|__/g, "")
    .replace(/\\\n/g, "\n") // a hard line break
    .replace(/^[ \t\u00a0]*(?:#{1,6}[ \t]+|[-•\uf0b7][ \t\u00a0]+)/gm, "") // headings, list markers, bullets
    .replace(/\uf0b7/g, "") // the PDF's bullet glyph (private use area) wherever it is left
    .replace(/[“”„«»"‘’'`]/g, "")
    .replace(/[\s\u00a0]+/g, " ")
    .trim()
    .toLowerCase();
}

/**
 * Splits a unit of seed text (a line or a paragraph) into sentence-sized fragments, at ".", "!",
 * "?", ":" and ";" followed by a space. Each fragment must occur in the document's text; a fragment
 * may therefore be split across two fields (e.g. "…told Amnesty International:" + the quotation).
 */
export function fragments(unit: string): string[] {
  return normalize(unit)
    .split(/(?<=[.!?:;])\s+/)
    .filter((fragment) => /[\p{L}\p{N}]/u.test(fragment));
}

/**
 * Every string value of a document, in order, plus the phrases the outputs would print for values
 * that are stored as data rather than text: statistics ("Detained in February: at least 511"),
 * event dates ("March 25: …"), a brief's month ("…, February 2021"), a news item's seed-style date
 * and "Source: …" line. Joined with line breaks.
 */
export function documentText(doc: Document): string {
  const parts: string[] = [];
  collect(doc, parts);
  if (doc.kind === "brief" && doc.tagline) parts.push(`${doc.tagline}, ${monthYear(doc.period)}`);
  if (doc.kind === "news-item") {
    parts.push(seedDate(doc.date));
    if (doc.source) parts.push(`Source: ${doc.source.name}`);
  }
  for (const section of doc.sections ?? []) {
    for (const stat of section.statistics ?? []) {
      parts.push(`${stat.measure}: ${formatStatistic(stat, stat.locale ?? doc.locale).value}`);
    }
    for (const event of section.events ?? []) parts.push(`${monthDay(event.date)}: ${event.description ?? ""}`);
  }
  return parts.join("\n");
}

/** Fragments of `units` that do not occur in `text` (both normalised). */
export function missingFragments(units: readonly string[], text: string): string[] {
  const haystack = normalize(text);
  return units.flatMap(fragments).filter((fragment) => !haystack.includes(fragment));
}

function collect(value: unknown, out: string[]): void {
  if (typeof value === "string") out.push(value);
  else if (Array.isArray(value)) for (const item of value) collect(item, out);
  else if (value !== null && typeof value === "object") for (const child of Object.values(value)) collect(child, out);
}

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

function monthYear(period: string): string {
  return new Intl.DateTimeFormat("en-US", { month: "long", year: "numeric", timeZone: "UTC" }).format(
    utc(`${period}-01`),
  );
}

function monthDay(date: string): string {
  return new Intl.DateTimeFormat("en-US", { month: "long", day: "numeric", timeZone: "UTC" }).format(utc(date));
}

/** "Feb 04, 2024", as the news stream prints dates. */
export function seedDate(date: string): string {
  return new Intl.DateTimeFormat("en-US", { month: "short", day: "2-digit", year: "numeric", timeZone: "UTC" }).format(
    utc(date),
  );
}
