import { type DateStyle, formatDate, type Locale } from "@belarusbrief/core";
import { escapeHtml } from "../escape.js";

/** A date as `<time datetime>` with its localized text. */
export function time(iso: string, locale: Locale, style: DateStyle = "long"): string {
  return `<time datetime="${iso}">${escapeHtml(formatDate(iso, locale, style))}</time>`;
}
