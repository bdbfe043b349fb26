import { formatDate, formatStatistic, type Locale, type Report } from "@belarusbrief/core";
import { attendanceLabel } from "../attendance.js";
import { type HtmlContext, langAttrs } from "./context.js";
import { escapeHtml } from "./escape.js";
import { viaHtml } from "./source.js";

/** A city report: place, date and attendance, its photos (only with `assetBaseUrl`), summary and sources. */
export function reportHtml(ctx: HtmlContext, report: Report, around: Locale): string {
  const locale = report.locale ?? around;
  const place = [report.city, report.region, report.country].filter(Boolean).join(", ");
  const meta = [
    report.date ? formatDate(report.date, locale) : "",
    report.attendance
      ? attendanceLabel(locale).replace("{n}", formatStatistic({ ...report.attendance, measure: "" }, locale).value)
      : "",
  ].filter(Boolean);
  const images = (report.images ?? []).map((image) => photo(ctx, image.src, image.alt)).join("");
  const via = viaHtml(ctx, report.sources, locale);
  return `<div${langAttrs(report.locale, around)}><h3>${escapeHtml(place)}</h3>${meta.length ? `<p class="meta">${escapeHtml(meta.join(" · "))}</p>` : ""}${images}${ctx.md(report.summary)}${via ? `<p class="meta">${via}</p>` : ""}</div>`;
}

function photo(ctx: HtmlContext, src: string, alt: string | undefined): string {
  const base = ctx.options.assetBaseUrl;
  if (!base) return "";
  const url = new URL(src.split("/").map(encodeURIComponent).join("/"), base).href;
  return `<p><img class="photo" src="${escapeHtml(url)}" alt="${escapeHtml(alt ?? "")}" width="536"></p>`;
}
