import type { Block } from "../blocks/block.js";
import { type Context, Ids } from "../context.js";
import type { DraftDocument, DraftQuote, DraftSection } from "../draft.js";
import { takeCitation } from "../text/citations.js";
import { lastDayOf } from "../text/dates.js";
import { detectLocale } from "../text/locale.js";
import { quotedParagraph } from "../text/quotes.js";
import { fitPlain, idFrom, plainWords } from "../text/words.js";
import { briefAction } from "./action.js";
import { briefEvent, isEventLine } from "./event.js";
import { briefItem, type Month } from "./item.js";
import { briefReport, isReport } from "./report.js";
import { statisticsBlock } from "./statistics-block.js";
import { titleBlock } from "./title-block.js";

const DATES_HEADING = /date|calendar|upcoming|event|coming up|save the/iu;
const HELP_HEADING = /help|action|what you can do|get involved|take part|how to support/iu;

/** Collections of a brief whose entries have ids, unique across the whole document. */
interface BriefIds {
  statistics: Ids;
  events: Ids;
  actions: Ids;
  reports: Ids;
  sections: Ids;
}

/**
 * A monthly brief shaped like seed 000: title block and month, the lead quotation between rules,
 * `##` sections, and after the last rule a section of rally reports without a heading.
 * Undefined when no month can be found (neither in the title block nor given by the caller).
 */
export function readBrief(blocks: readonly Block[], context: Context): DraftDocument | undefined {
  const top = titleBlock(blocks, context);
  if (!top) return undefined;
  const { notes } = context;
  const month: Month = { year: top.year, month: top.month };
  const date = lastDayOf(top.year, top.month);
  notes.guess(["date"], blocks[0]?.line, "the text gives no day; the last day of its month");
  const ids: BriefIds = {
    statistics: new Ids(),
    events: new Ids(),
    actions: new Ids(),
    reports: new Ids(),
    sections: new Ids(),
  };

  let lead: DraftQuote | undefined;
  const intro: string[] = [];
  const sections: DraftSection[] = [];
  let current: DraftSection | undefined;
  for (const block of blocks.slice(top.used)) {
    if (block.type === "rule") {
      current = undefined;
      continue;
    }
    if (block.type === "heading") {
      const heading = fitPlain(plainWords(block.text));
      current = { id: ids.sections.take(idFrom(heading.text, 40, "section")), heading: heading.text };
      notes.from(["sections", sections.length], block.line);
      sections.push(current);
      continue;
    }
    if (!current && sections.length === 0 && block.type === "paragraph") {
      if (!lead && intro.length === 0) {
        lead = leadOf(block, context);
        if (lead) continue;
      }
      if (intro.length === 0) notes.from(["intro"], block.line);
      intro.push(block.text);
      notes.plain(["intro"], block.line);
      continue;
    }
    if (!current) {
      current = {};
      notes.from(["sections", sections.length], block.line);
      sections.push(current);
    }
    addBlock(current, sections.length - 1, block, { month, date, ids, context });
  }

  const text = blocks.map((b) => b.text).join("\n");
  const draft: DraftDocument = {
    kind: "brief",
    id: top.period,
    locale: detectLocale(text) ?? "en",
    title: top.title,
    ...(top.tagline ? { tagline: top.tagline } : {}),
    period: top.period,
    date,
    ...(lead ? { lead } : {}),
    ...(intro.length > 0 ? { intro: intro.join("\n\n") } : {}),
    sections: sections.map((s) => withId(s, ids.sections)),
  };
  return draft;
}

/** A section without a heading is named after what it holds. */
function withId(section: DraftSection, ids: Ids): DraftSection {
  if (section.id) return section;
  const name = section.reports ? "reports" : section.events ? "dates" : section.actions ? "actions" : "more";
  return { id: ids.take(name), ...section };
}

function leadOf(block: Block, context: Context): DraftQuote | undefined {
  const cited = takeCitation(block.text);
  const quoted = quotedParagraph(cited?.rest ?? block.text);
  if (!quoted) return undefined;
  const lead = quoted.quote;
  if (cited?.sources[0]) lead.source = cited.sources[0];
  if (quoted.dropped)
    context.notes.guess(
      ["lead", "attribution"],
      block.line,
      `who said it, from the words before the quotation ("${quoted.dropped}" left out)`,
    );
  context.notes.from(["lead"], block.line);
  return lead;
}

interface Place {
  month: Month;
  date: string;
  ids: BriefIds;
  context: Context;
}

function addBlock(section: DraftSection, index: number, block: Block, place: Place): void {
  const { month, date, ids, context } = place;
  const base = ["sections", index] as const;
  const text = block.text;
  const heading = section.heading ?? "";
  if (block.type === "paragraph") {
    const start = section.statistics?.length ?? 0;
    const statistics = statisticsBlock(text, block.line, date, [...base, "statistics"], start, ids.statistics, context);
    if (statistics) {
      section.statistics = [...(section.statistics ?? []), ...statistics];
      return;
    }
    if (DATES_HEADING.test(heading) && isEventLine(text)) {
      const path = [...base, "events", section.events?.length ?? 0];
      const event = briefEvent(text, block.line, month, path, ids.events, context);
      if (event) {
        append(section, "events", event);
        context.notes.from(path, block.line);
        return;
      }
    }
    if (HELP_HEADING.test(heading)) {
      const path = [...base, "actions", section.actions?.length ?? 0];
      const action = briefAction(text, block.line, path, ids.actions, context);
      if (action) {
        append(section, "actions", action);
        context.notes.from(path, block.line);
        return;
      }
    }
    if (!section.heading && isReport(text)) {
      const path = [...base, "reports", section.reports?.length ?? 0];
      const report = briefReport(text, block.line, path, ids.reports, context);
      if (report) {
        append(section, "reports", report);
        context.notes.from(path, block.line);
        return;
      }
    }
    if (!section.heading && !section.intro && !section.items && !section.reports) {
      section.intro = text;
      context.notes.from([...base, "intro"], block.line);
      return;
    }
  }
  const path = [...base, "items", section.items?.length ?? 0];
  const item =
    block.type === "paragraph"
      ? briefItem(text, block.line, month, path, context)
      : block.type === "quote"
        ? { quote: { text } }
        : { body: text };
  append(section, "items", item);
  context.notes.from(path, block.line);
  if (block.type === "list" || block.type === "other")
    context.notes.plain(path, block.line, `a ${block.type === "list" ? "list" : "block"} kept as the item's text`);
}

function append<K extends "items" | "events" | "actions" | "reports">(
  section: DraftSection,
  key: K,
  value: NonNullable<DraftSection[K]>[number],
): void {
  const list = (section[key] ?? []) as NonNullable<DraftSection[K]>[number][];
  list.push(value);
  section[key] = list as DraftSection[K];
}
