import type { Locale, Source } from "@belarusbrief/core";
import { words } from "../context.js";
import { escapeHtml } from "../escape.js";
import { safeHref } from "../urls.js";

/** A source's name, linked when its address is known, with its note: `Viasna (in Russian only)`. */
export function sourceName(source: Source, locale: Locale): string {
  const name = escapeHtml(source.name);
  const href = safeHref(source.url);
  const hreflang = source.locale && source.locale !== locale ? ` hreflang="${source.locale}"` : "";
  const linked = href ? `<a href="${escapeHtml(href)}"${hreflang}>${name}</a>` : name;
  const note = source.note ? ` (${escapeHtml(source.note)})` : "";
  return linked + note;
}

/** `(via A, B, …more)` after an item, in the words of `locale`; empty when there is nothing to say. */
export function via(sources: readonly Source[] | undefined, locale: Locale, ...more: string[]): string {
  const names = sources?.length
    ? `${escapeHtml(words(locale).via)} ${sources.map((s) => sourceName(s, locale)).join(", ")}`
    : "";
  const parts = [names, ...more].filter(Boolean);
  return parts.length > 0 ? `<span class="via">(${parts.join(", ")})</span>` : "";
}
