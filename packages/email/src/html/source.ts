import { type Locale, messages, type Source } from "@belarusbrief/core";
import { anchor, type HtmlContext } from "./context.js";
import { escapeHtml } from "./escape.js";

/** One source: its name (linked when it has an address) and its note, e.g. "Spring96 — in Russian only". */
export function sourceHtml(ctx: HtmlContext, source: Source): string {
  const name = anchor(ctx.url(source.url), escapeHtml(source.name), source.locale);
  return source.note ? `${name} — ${escapeHtml(source.note)}` : name;
}

/** "(via A, B)" in the words of `locale`, or nothing without sources. */
export function viaHtml(ctx: HtmlContext, sources: readonly Source[] | undefined, locale: Locale): string {
  if (!sources?.length) return "";
  return `(${escapeHtml(messages(locale).via)} ${sources.map((s) => sourceHtml(ctx, s)).join(", ")})`;
}
