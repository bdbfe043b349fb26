import type { Report } from "@belarusbrief/core";
import { around } from "./blocks.js";
import { citation, shows } from "./cite.js";
import type { Context } from "./context.js";
import { escapeText } from "./escape.js";
import { sanitize } from "./sanitize.js";

/** A city report as a paragraph; "**City, Region**:" leads it when the summary does not name the city. */
export function reportBlocks(ctx: Context, report: Report): string[] {
  const summary = sanitize(report.summary);
  const place = [report.city, report.region].filter(Boolean).join(", ");
  const before = shows(summary.text, report.city) ? "" : `**${escapeText(place)}**:`;
  return around(before, summary, citation(ctx, report.sources));
}
