import type { Source } from "@belarusbrief/core";
import type { Context } from "./context.js";
import { escapeText } from "./escape.js";
import { link } from "./link.js";

/**
 * "(via [A](url), [B](url) in Russian only)", preceded by `prefix` (e.g. "as of March 1, 2021")
 * when given; empty when there is nothing to say.
 */
export function citation(ctx: Context, sources: readonly Source[] | undefined, prefix = ""): string {
  const names = (sources ?? []).map(sourceText).join(", ");
  const via = names ? `${ctx.words.via} ${names}` : "";
  const inner = prefix && via ? `${prefix}; ${via}` : prefix || via;
  return inner ? `(${inner})` : "";
}

/** A source as a link with its note: "[Spring96](url) in Russian only". */
export function sourceText(source: Source): string {
  const name = link(source.name, source.url);
  return source.note ? `${name} ${escapeText(source.note)}` : name;
}

/** Whether `shown` (the visible text of a field) already contains the plain `text`, letter case counting unless `anyCase`. */
export function shows(shown: string | undefined, text: string, anyCase = false): boolean {
  if (shown === undefined) return false;
  const wanted = text.replace(/\s+/g, " ").trim();
  return anyCase ? shown.toLowerCase().includes(wanted.toLowerCase()) : shown.includes(wanted);
}
