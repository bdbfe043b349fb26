import type { ResolvedBlock, ResolvedDocument, ResolvedSection } from "@belarusbrief/core";
import { line, type Unit, unit } from "../lines.js";
import { inlineRuns, richUnits } from "../rich-lines.js";
import {
  actionUnits,
  eventUnit,
  headingUnit,
  itemUnits,
  linksUnit,
  recommendationUnit,
  reportUnit,
  statisticLine,
} from "./blocks.js";
import { quoteUnit } from "./quote.js";

/** The document's whole text in reading order, every fact the view decided: for Telegram and Facebook. */
export function fullUnits(doc: ResolvedDocument): Unit[] {
  return doc.blocks.flatMap(blockUnits);
}

function blockUnits(block: ResolvedBlock): Unit[] {
  switch (block.type) {
    case "lead":
      return [quoteUnit(block.quote)];
    case "text":
      return richUnits(block.text, block.path);
    case "source":
      return [unit(block.path, [line(inlineRuns(block.citation, { italic: true }))])];
    case "section":
      return sectionUnits(block.section);
    case "links":
      return [headingUnit(block.path, block.heading), linksUnit(block.path, block.links)];
  }
}

function sectionUnits(section: ResolvedSection): Unit[] {
  const at = (key: string) => [...section.path, key];
  return [
    ...(section.heading ? [headingUnit(at("heading"), section.heading)] : []),
    ...(section.intro ? richUnits(section.intro, at("intro")) : []),
    ...(section.statistics.length ? [unit(at("statistics"), section.statistics.map(statisticLine))] : []),
    ...section.items.flatMap(itemUnits),
    ...section.events.map(eventUnit),
    ...section.actions.flatMap(actionUnits),
    ...section.reports.map(reportUnit),
    ...section.recommendations.map(recommendationUnit),
    ...(section.links.length ? [linksUnit(at("links"), section.links)] : []),
  ];
}
