import type { Locale } from "@belarusbrief/core";
import type { Block } from "../blocks/block.js";
import { type Context, Ids } from "../context.js";
import type {
  DraftAction,
  DraftDocument,
  DraftItem,
  DraftLink,
  DraftRecommendation,
  DraftSection,
  Path,
} from "../draft.js";
import { detectLocale } from "../text/locale.js";
import { inlineTestimony, speakerOf } from "../text/quotes.js";
import { fitPlain, fromCapitals, idFrom, plainWords } from "../text/words.js";
import { ImportError } from "../types.js";
import { letterRange, signCalls } from "./appeal.js";
import { documentDate } from "./document-date.js";
import { furtherReading, READING } from "./further-reading.js";
import { readHead } from "./head.js";
import { type PlacedStatistic, paragraphStatistics } from "./prose-statistics.js";
import { recommendationIntro } from "./recommendation.js";

export type ReportKind = "press-release" | "statement" | "appeal";

type Entry =
  | { kind: "text"; text: string; line: number }
  | { kind: "item"; item: DraftItem; line: number; note?: (path: Path) => void };

/** A section while it is read; its paths are only known once every section is. */
interface Pending {
  heading?: string;
  line: number;
  entries: Entry[];
  recommendations: { value: DraftRecommendation; line: number }[];
  actions: { value: DraftAction; line: number; note: (path: Path) => void }[];
  /** Holds only demands (a "… CALLS ON … TO:" block); the next demands join it. */
  demands?: boolean;
  /** Holds the numbers of the introduction. */
  figures?: boolean;
  /** Language of its text, when it differs from the document's (a letter). */
  locale?: Locale;
  /** Id of a section without a heading. */
  name?: string;
  /** The heading was written in capitals. */
  capitals?: boolean;
  /** Text read only for its numbers (a letter carried by the actions). */
  numbers?: { text: string; line: number };
}

/**
 * A press release, statement or appeal shaped like seeds 001, 002 and 004: title (and the kind's
 * label), dateline, introduction, sections under headings or questions, demands by addressee,
 * testimonies with who gave them, counts as statistics, "Further reading" as links; for an appeal,
 * each call to sign as an action carrying the letter. Whatever is not recognised stays as text.
 */
export function readReport(blocks: readonly Block[], kind: ReportKind, context: Context): DraftDocument {
  const { notes } = context;
  const head = readHead(blocks, context);
  if (!head) throw new ImportError([{ file: context.file, message: "the text is empty: there is nothing to import" }]);
  const found = context.date ? { date: context.date } : head.date ? { date: head.date } : documentDate(context.text);
  if (!found)
    throw new ImportError([
      {
        file: context.file,
        line: blocks[0]?.line,
        message: "no date found in the text; give the publication date with --date YYYY-MM-DD",
      },
    ]);
  if ("guess" in found && found.guess) notes.guess(["date"], blocks[0]?.line, found.guess);
  let rest = head.rest;
  let letter: Pending | undefined;
  const range = kind === "appeal" ? letterRange(rest) : undefined;
  const before = range ? rest.slice(0, range.start) : rest;
  const locale =
    detectLocale(
      `${head.title}\n${before
        .slice(0, 5)
        .map((b) => b.text)
        .join("\n")}`,
    ) ?? "en";
  if (range) {
    const letterBlocks = rest.slice(range.start, range.end);
    const text = letterBlocks.map((b) => b.text).join("\n\n");
    const letterLocale = detectLocale(text) ?? locale;
    letter = {
      line: letterBlocks[0]?.line ?? 1,
      entries: [{ kind: "text", text, line: letterBlocks[0]?.line ?? 1 }],
      recommendations: [],
      actions: [],
    };
    if (letterLocale !== locale) letter.locale = letterLocale;
    rest = [...rest.slice(0, range.start), ...rest.slice(range.end)];
  }

  const intro: Entry[] = [];
  const sections: Pending[] = [];
  let links: { value: DraftLink[] } | undefined;
  let author: string | undefined;
  const open = (section: Pending) => {
    sections.push(section);
    return section;
  };
  let current: Pending | undefined;
  const place = (entry: Entry) => (current ? current.entries.push(entry) : intro.push(entry));

  for (let i = 0; i < rest.length; i++) {
    const block = rest[i] as Block;
    const next = rest[i + 1];
    const words = plainWords(block.text);
    if (block.type === "heading") {
      const heading = fitPlain(block.capitals ? fromCapitals(words, context.casing) : words);
      current = open({ heading: heading.text, line: block.line, entries: [], recommendations: [], actions: [] });
      if (block.capitals) current.capitals = true;
      continue;
    }
    if (block.type === "rule") continue;
    if (block.type === "paragraph" && READING.test(words)) {
      const end = rest.findIndex((b, j) => j > i && b.type === "heading");
      const stop = end < 0 ? rest.length : end;
      notes.dropped(block.line, `"${words}" left out: what follows is the document's links`);
      links = {
        value: [...(links?.value ?? []), ...furtherReading(rest.slice(i + 1, stop), context, links?.value.length ?? 0)],
      };
      i = stop - 1;
      continue;
    }
    if (block.type === "paragraph" && !block.text.includes("\n") && /\?$/.test(words) && words.length <= 200) {
      current = open({ heading: words, line: block.line, entries: [], recommendations: [], actions: [] });
      continue;
    }
    if (block.type === "paragraph" && /:$/.test(words) && next?.type === "list") {
      const rec = recommendationIntro(words, block.capitals === true, context.casing);
      if (rec) {
        const value: DraftRecommendation = {
          addressee: rec.addressee,
          intro: rec.intro,
          items: next.items ?? [next.text],
        };
        if (!current?.demands && (block.capitals || !current)) {
          current = open({ line: block.line, entries: [], recommendations: [], actions: [], demands: true });
        }
        (current as Pending).recommendations.push({ value, line: block.line });
        if (rec.by && kind === "statement") author ??= rec.by;
        i++;
        continue;
      }
    }
    if (block.type === "paragraph" && /:$/.test(words) && next?.type === "paragraph" && !next.capitals) {
      const speaker = speakerOf(words);
      if (speaker && !READING.test(plainWords(next.text)) && !/\?$/.test(plainWords(next.text))) {
        const line = block.line;
        place({
          kind: "item",
          item: { body: block.text, quote: { text: next.text, attribution: speaker } },
          line,
          note: (path) =>
            notes.guess(
              [...path, "quote", "attribution"],
              line,
              "the paragraph after this one, as a testimony; check who gave it",
            ),
        });
        i++;
        continue;
      }
    }
    const inline = block.type === "paragraph" ? inlineTestimony(block.text) : undefined;
    if (inline) {
      const line = block.line;
      place({
        kind: "item",
        item: { body: inline.intro, quote: inline.quote },
        line,
        note: (path) => notes.guess([...path, "quote", "attribution"], line, "the quotation and who gave it; check"),
      });
      continue;
    }
    if (block.type === "quote") {
      place({ kind: "item", item: { quote: { text: block.text } }, line: block.line });
      continue;
    }
    const text = block.type === "list" ? (block.items ?? []).map((item) => `- ${item}`).join("\n") : block.text;
    place({ kind: "text", text, line: block.line });
  }

  if (letter) attachLetter(letter, [...intro, ...sections.flatMap((s) => s.entries)], sections, context);

  const draft = assemble({
    kind,
    head,
    date: found.date,
    locale,
    intro,
    sections,
    links: links?.value,
    author,
    context,
  });
  return draft;
}

/** Each call to sign becomes an action carrying the letter; without a call the letter stays as text. */
function attachLetter(letter: Pending, entries: readonly Entry[], sections: Pending[], context: Context): void {
  const calls = entries.flatMap((e) =>
    e.kind === "text" ? signCalls(e.text).map((call) => ({ call, line: e.line })) : [],
  );
  const text = letter.entries[0]?.kind === "text" ? letter.entries[0].text : "";
  if (calls.length === 0) {
    sections.push({ ...letter, name: "letter" });
    context.notes.guess([], letter.line, "a letter was found but no call to sign it; it is kept as text");
    return;
  }
  const shared = [{ locale: letter.locale ?? detectLocale(text) ?? "en", text }];
  const actions = calls.map(({ call, line }) => ({
    value: {
      kind: "sign" as const,
      title: call.title,
      url: "#",
      ...(call.recipient ? { recipients: [call.recipient] } : {}),
      letter: shared,
    },
    line,
    note: (path: Path) => {
      context.notes.guess([...path, "url"], line, "the text names no address; add the petition's link");
      if (call.recipient)
        context.notes.guess([...path, "recipients"], line, "in the words of the text; write who it goes to");
    },
  }));
  // The actions carry the letter's text; the section keeps only the numbers read from it.
  sections.push({
    line: letter.line,
    entries: [],
    recommendations: [],
    actions,
    name: "actions",
    numbers: { text, line: letter.line },
    ...(letter.locale ? { locale: letter.locale } : {}),
  });
}

interface Assembly {
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
function assemble(a: Assembly): DraftDocument {
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
