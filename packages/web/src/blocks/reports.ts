import type { Locale, Report } from "@belarusbrief/core";
import { langAttr } from "../context.js";
import { escapeHtml } from "../escape.js";
import { markdownBlock } from "../markdown.js";
import { via } from "./cite.js";
import { time } from "./time.js";

/** Rally reports: the place as a heading at `level`, the date, the summary and its sources. */
export function reports(list: readonly Report[] | undefined, around: Locale, level: number): string {
  return (list ?? []).map((r) => report(r, around, level)).join("");
}

function report(r: Report, around: Locale, level: number): string {
  const locale = r.locale ?? around;
  const place = [r.city, r.region, r.country]
    .filter(Boolean)
    .map((p) => escapeHtml(p ?? ""))
    .join(", ");
  const date = r.date ? `<p>${time(r.date, locale)}</p>` : "";
  const sources = via(r.sources, locale);
  return (
    `<article class="report"${langAttr(locale, around)}><h${level}>${place}</h${level}>${date}` +
    `${markdownBlock(r.summary)}${sources ? `<p>${sources}</p>` : ""}</article>`
  );
}
