import { type DateText, escapeHtml } from "@belarusbrief/core";

/** A date of the view as `<time datetime>` with its words. */
export function time(date: DateText): string {
  return `<time datetime="${escapeHtml(date.iso)}">${escapeHtml(date.text)}</time>`;
}

/** A phrase holding a date ("Deadline: March 3, 2021"), escaped, with the date marked up as `<time>`. */
export function phraseWithTime(phrase: string, date: DateText): string {
  const at = phrase.indexOf(date.text);
  if (at < 0) return escapeHtml(phrase);
  return escapeHtml(phrase.slice(0, at)) + time(date) + escapeHtml(phrase.slice(at + date.text.length));
}
