import { langAttributes, type ResolvedReport } from "@belarusbrief/core";
import { esc, phrase, rich, styled } from "./context.js";
import { headingHtml } from "./heading.js";
import { STYLE } from "./style.js";

/** A city report: place, date and attendance, its photos (only with `assetBaseUrl`), summary and sources. */
export function reportHtml(report: ResolvedReport, level: number): string {
  const meta = [report.date?.text, report.attendance?.phrase]
    .filter((s): s is string => Boolean(s))
    .map(esc)
    .join(" · ");
  const metaStyle = styled(STYLE.meta, "meta");
  return [
    `<div${langAttributes(report.lang)}>`,
    headingHtml(level, report.place, "inner"),
    meta ? `<p${metaStyle}>${meta}</p>` : "",
    report.images.map(photoHtml).join(""),
    rich(report.summary),
    report.citation ? `<p${metaStyle}>(${phrase(report.citation)})</p>` : "",
    "</div>",
  ].join("");
}

// Photos are the team's own files, loaded only from the address the site names for them.
function photoHtml(image: { alt?: string; url?: string }): string {
  const { url } = image;
  if (!url) return "";
  return `<p${styled(STYLE.p)}><img src="${esc(url)}" alt="${esc(image.alt ?? "")}" width="536"${styled(STYLE.photo, "photo")}></p>`;
}
