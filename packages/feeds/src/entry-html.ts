import {
  escapeHtml as esc,
  inlineToHtml,
  type ResolvedBlock,
  type ResolvedDocument,
  type ResolvedSection,
  titleToHtml,
  toHtml,
} from "@belarusbrief/core";
import {
  actionHtml,
  eventHtml,
  heading,
  itemHtml,
  lang,
  linkItemHtml,
  quoteHtml,
  recommendationHtml,
  reportHtml,
  statisticHtml,
} from "./block-html.js";

/**
 * The whole document as the HTML of a feed entry: tagline or dateline, then every block in the
 * view's reading order with every fact it holds. Built from rich-text trees and escaped phrases
 * only, so it needs no sanitizer: no scripts, styles or images, links absolute and safe.
 */
export function entryHtml(doc: ResolvedDocument): string {
  const out: string[] = [];
  if (doc.richTagline) out.push(`<p><em>${titleToHtml(doc.richTagline)}</em></p>`);
  if (doc.dateline) out.push(`<p><strong>${esc(doc.dateline)}</strong></p>`);
  for (const block of doc.blocks) out.push(blockHtml(block));
  return out.join("\n");
}

function blockHtml(block: ResolvedBlock): string {
  switch (block.type) {
    case "lead":
      return quoteHtml(block.quote);
    case "text":
      return toHtml(block.text);
    case "source":
      return `<p>${inlineToHtml(block.citation)}</p>`;
    case "section":
      return sectionHtml(block.section);
    case "links":
      return `${heading(block.level, esc(block.heading))}\n<ul>${block.links.map(linkItemHtml).join("\n")}</ul>`;
  }
}

function sectionHtml(section: ResolvedSection): string {
  const out = [section.richHeading ? heading(section.level, titleToHtml(section.richHeading)) : "<hr>"];
  if (section.intro) out.push(toHtml(section.intro));
  out.push(list(section.statistics.map(statisticHtml)));
  out.push(...section.items.map(itemHtml));
  out.push(list(section.events.map(eventHtml)));
  out.push(...section.actions.map((action) => actionHtml(action, section.innerLevel)));
  out.push(...section.reports.map((report) => reportHtml(report, section.innerLevel)));
  out.push(...section.recommendations.map(recommendationHtml));
  out.push(list(section.links.map(linkItemHtml)));
  const body = out.filter(Boolean).join("\n");
  return section.lang ? `<div${lang(section)}>${body}</div>` : body;
}

function list(items: string[]): string {
  return items.length > 0 ? `<ul>${items.join("\n")}</ul>` : "";
}
