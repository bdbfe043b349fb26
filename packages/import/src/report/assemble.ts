import type { Locale } from "@belarusbrief/core";
import { type Context, Ids } from "../context.js";
import type { DraftDocument, DraftLink, DraftSection, Path } from "../draft.js";
import { idFrom } from "../text/words.js";
import type { Entry, Pending, ReportKind } from "./pending.js";
import { type PlacedStatistic, paragraphStatistics } from "./prose-statistics.js";

/** Everything read from a press release, statement or appeal. */
export interface Assembly {
  kind: ReportKind;
  head: { title: string; dateline?: string };
  date: string;
  locale: Locale;
  intro: Entry[];
  sections: Pending[];
  links?: DraftLink[];
  author?: string;
  context: Context;
}

/** The document in reading order, with every note placed on its final path. */
export function assemble(a: Assembly): DraftDocument {
  const { notes } = a.context;
  const statIds = new Ids();
  const sectionIds = new Ids();
  const actionIds = new Ids();
  const introTexts = a.intro.filter((e) => e.kind === "text");
  const counted = (texts: { text: string; line: number }[], locale?: Locale) =>
    countsIn(texts, a.date, locale, statIds);
  const introStats = counted(introTexts);
  // Items in the introduction (testimonies before any heading) open a section of their own.
  const introItems = a.intro.filter((e) => e.kind === "item");
  const pendings: Pending[] = [
    ...(introStats.found.length > 0
      ? [{ line: a.intro[0]?.line ?? 1, entries: [], recommendations: [], actions: [], figures: true }]
      : []),
    ...(introItems.length > 0
      ? [{ line: introItems[0]?.line ?? 1, entries: introItems, recommendations: [], actions: [] }]
      : []),
    ...a.sections,
  ];

  const sections: DraftSection[] = pendings.map((pending, index) => {
    const base: Path = ["sections", index];
    notes.from(base, pending.line);
    const section: DraftSection = {};
    section.id = sectionIds.take(pending.heading ? idFrom(pending.heading, 40, "section") : unnamed(pending, a.kind));
    if (pending.heading) section.heading = pending.heading;
    if (pending.capitals)
      notes.guess([...base, "heading"], pending.line, "written in capitals in the text; check the capitals");
    if (pending.locale) section.locale = pending.locale;
    const texts = pending.entries.filter((e) => e.kind === "text");
    const { found: placed, more } = pending.figures
      ? introStats
      : counted(pending.numbers ? [pending.numbers] : (texts as { text: string; line: number }[]), pending.locale);
    if (placed.length > 0) {
      section.statistics = placed.map((p) => p.statistic);
      for (const [i, p] of placed.entries()) p.note([...base, "statistics", i], notes);
      if (more)
        notes.guess(
          [...base, "statistics"],
          pending.line,
          `the text has more numbers than the ${placed.length} taken; add others by hand`,
        );
    }
    if (pending.entries.some((e) => e.kind === "item")) {
      section.items = pending.entries.map((entry, i) => {
        const path: Path = [...base, "items", i];
        notes.from(path, entry.line);
        if (entry.kind === "item") {
          entry.note?.(path);
          return entry.item;
        }
        notes.plain([...path, "body"], entry.line);
        return { body: entry.text };
      });
    } else if (texts.length > 0) {
      section.intro = texts.map((e) => (e.kind === "text" ? e.text : "")).join("\n\n");
      notes.from([...base, "intro"], texts[0]?.line ?? pending.line);
      for (const e of texts) notes.plain([...base, "intro"], e.line);
    }
    if (pending.actions.length > 0) {
      section.actions = pending.actions.map((action, i) => {
        const path: Path = [...base, "actions", i];
        notes.from(path, action.line);
        action.note(path);
        return { id: actionIds.take(idFrom(action.value.title, 40, "action")), ...action.value };
      });
    }
    if (pending.recommendations.length > 0) {
      section.recommendations = pending.recommendations.map((r, i) => {
        notes.from([...base, "recommendations", i], r.line);
        notes.guess([...base, "recommendations", i, "addressee"], r.line, "from the sentence before the list; check");
        return r.value;
      });
    }
    return section;
  });

  const draft: DraftDocument = {
    kind: a.kind,
    id: `${a.date}-${idFrom(a.head.title, 40, a.kind)}`,
    locale: a.locale,
    title: a.head.title,
    date: a.date,
  } as DraftDocument;
  if (a.head.dateline && a.kind === "press-release") Object.assign(draft, { dateline: a.head.dateline });
  if (a.author) {
    draft.author = { name: a.author };
    notes.guess(["author"], undefined, 'from "… calls on …"; check who publishes it');
  }
  if (introTexts.length > 0) {
    draft.intro = introTexts.map((e) => (e.kind === "text" ? e.text : "")).join("\n\n");
    notes.from(["intro"], introTexts[0]?.line ?? 1);
    for (const e of introTexts) notes.plain(["intro"], e.line);
  }
  if (sections.length > 0) draft.sections = sections;
  if (a.links && a.links.length > 0) draft.links = a.links;
  return draft;
}

function unnamed(pending: Pending, kind: ReportKind): string {
  if (pending.name) return pending.name;
  if (pending.figures) return "in-figures";
  if (pending.recommendations.length > 0) return kind === "press-release" ? "demands" : "recommendations";
  return "more";
}

/** At most this many statistics are read from the text of one section; the rest stay in the text. */
const STATISTICS_PER_SECTION = 20;

function countsIn(
  texts: readonly { text: string; line: number }[],
  date: string,
  locale: Locale | undefined,
  ids: Ids,
): { found: PlacedStatistic[]; more: boolean } {
  const found: PlacedStatistic[] = [];
  for (const { text, line } of texts) {
    const room = STATISTICS_PER_SECTION - found.length;
    const placed = paragraphStatistics(text, line, date, locale, ids, room + 1);
    found.push(...placed.slice(0, room));
    if (placed.length > room) return { found, more: true };
  }
  return { found, more: false };
}
