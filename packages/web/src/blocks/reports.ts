import { escapeHtml, langAttributes, type ResolvedReport, toHtml } from "@belarusbrief/core";
import { citation } from "./cite.js";
import { time } from "./time.js";

/** Rally reports: the place as a heading at `level`, the date and attendance, the summary and its sources. */
export function reports(list: readonly ResolvedReport[], level: number): string {
  return list.map((r) => report(r, level)).join("");
}

function report(r: ResolvedReport, level: number): string {
  const facts = [r.date ? time(r.date) : "", r.attendance ? escapeHtml(r.attendance.phrase) : ""].filter(Boolean);
  const sources = citation(r.citation);
  return (
    `<article class="report"${langAttributes(r.lang)}><h${level}>${escapeHtml(r.place)}</h${level}>` +
    `${facts.length > 0 ? `<p>${facts.join(" · ")}</p>` : ""}${toHtml(r.summary)}${sources ? `<p>${sources}</p>` : ""}</article>`
  );
}
