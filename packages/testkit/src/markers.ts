import {
  inlineToText,
  oneLine,
  type Phrase,
  type ResolvedDocument,
  type ResolvedQuote,
  type ResolvedSource,
  type RichText,
  type Section,
  type Span,
} from "@belarusbrief/core";
import { normalizeText } from "./visible-text.js";

/** The kinds of content the model has; every adapter shows each (or declares which it covers). */
export const MARKER_KINDS = [
  "document",
  "section",
  "item",
  "quote",
  "source",
  "statistic",
  "event",
  "action",
  "report",
  "recommendation",
  "link",
] as const;
export type MarkerKind = (typeof MARKER_KINDS)[number];

/** Which marker kind shows each list a section can hold. A key missing here fails the parity test. */
export const SECTION_PARTS: Record<Exclude<keyof Section, "id" | "heading" | "locale" | "intro">, MarkerKind> = {
  statistics: "statistic",
  items: "item",
  events: "event",
  actions: "action",
  reports: "report",
  recommendations: "recommendation",
  links: "link",
};

/** A fact of the input that must be visible in an output showing its block. */
export interface Marker {
  kind: MarkerKind;
  /** The field it comes from, e.g. `sections[0].items[1].date`, for failure messages. */
  where: string;
  /** The text as a reader sees it, normalised; for rich text, its words on one line. */
  text: string;
}

/**
 * Every fact of a resolved document an output shows, one marker per field: titles and texts, and
 * the phrases `resolve` decided once — each item's date, each statistic's phrase and as-of date,
 * each event's dates and time, each report's place, date and attendance, each deadline.
 */
export function markersOf(doc: ResolvedDocument): Marker[] {
  const out: Marker[] = [];
  const at = (path: readonly (string | number)[], field: string) =>
    `${path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`)).join("")}.${field}`;
  const plain = (kind: MarkerKind, where: string, text: string | undefined) => {
    if (text !== undefined && normalizeText(text) !== "") out.push({ kind, where, text: normalizeText(text) });
  };
  const rich = (kind: MarkerKind, where: string, tree: RichText | undefined) => {
    if (tree) plain(kind, where, oneLine(tree));
  };
  const sources = (where: string, list: readonly ResolvedSource[]) => {
    list.forEach((s, i) => {
      plain("source", `${where}[${i}].name`, s.name);
      plain("source", `${where}[${i}].note`, s.note);
    });
  };
  const quote = (q: ResolvedQuote | undefined) => {
    if (!q) return;
    rich("quote", at(q.path, "text"), q.text);
    plain("quote", at(q.path, "attribution"), q.attribution);
    sources(at(q.path, "source"), q.source ? [q.source] : []);
  };

  plain("document", "title", doc.title);
  plain("document", "tagline", doc.tagline);
  rich("document", "intro", doc.intro);
  rich("document", "body", doc.body);
  if (doc.source) sources("source", [doc.source]);
  quote(doc.lead);
  doc.links.forEach((link) => {
    plain("link", at(link.path, "title"), link.title);
  });
  for (const section of doc.sections) {
    plain("section", at(section.path, "heading"), section.heading);
    rich("section", at(section.path, "intro"), section.intro);
    for (const s of section.statistics) {
      plain("statistic", at(s.path, "value"), s.phrase);
      plain("statistic", at(s.path, "measure"), s.measure);
      plain("statistic", at(s.path, "asOf"), s.asOf.text);
      sources(at(s.path, "source"), s.source ? [s.source] : []);
    }
    for (const item of section.items) {
      plain("item", at(item.path, "lead"), item.lead);
      rich("item", at(item.path, "body"), item.body);
      plain("item", at(item.path, "date"), item.date?.text);
      sources(at(item.path, "sources"), item.sources);
      quote(item.quote);
    }
    for (const e of section.events) {
      plain("event", at(e.path, "title"), e.title);
      plain("event", at(e.path, "date"), e.dates);
      plain("event", at(e.path, "time"), e.time);
      plain("event", at(e.path, "since"), e.anniversary);
      plain("event", at(e.path, "location"), e.location);
      rich("event", at(e.path, "description"), e.description);
    }
    for (const a of section.actions) {
      plain("action", at(a.path, "title"), a.title);
      rich("action", at(a.path, "body"), a.body);
      sources(at(a.path, "via"), a.via ? [a.via] : []);
      plain("action", at(a.path, "deadline"), a.deadline?.text);
      a.recipients.forEach((r, i) => {
        plain("action", at(a.path, `recipients[${i}]`), r);
      });
      for (const letter of a.letters) rich("action", at(letter.path, "text"), letter.text);
      for (const address of a.addresses) {
        address.lines.forEach((line, i) => {
          plain("action", at(address.path, `lines[${i}]`), line);
        });
      }
    }
    for (const r of section.reports) {
      plain("report", at(r.path, "city"), r.city);
      plain("report", at(r.path, "date"), r.date?.text);
      plain("report", at(r.path, "attendance"), r.attendance?.phrase);
      rich("report", at(r.path, "summary"), r.summary);
    }
    for (const rec of section.recommendations) {
      // An intro that names the addressee shows it; an output need not print it twice.
      if (!rec.addresseeInIntro) plain("recommendation", at(rec.path, "addressee"), rec.addressee);
      rich("recommendation", at(rec.path, "intro"), rec.intro);
      rec.items.forEach((item, i) => {
        rich("recommendation", at(rec.path, `items[${i}]`), item);
      });
    }
    for (const link of section.links) plain("link", at(link.path, "title"), link.title);
  }
  return out;
}

/** Words in another language than the text around them, and that language: a span of rich text. */
export interface SpanMarker {
  locale: string;
  /** The span's words as a reader sees them, normalised. */
  text: string;
  /**
   * The field of the view holding it, e.g. `richTitle` (the document's title),
   * `sections[3].richHeading`, `sections[0].items[1].body`, for failure messages and for an
   * output to name the fields it cannot mark (a feed's `<title>` is plain text).
   */
  where: string;
}

/**
 * Every language span of a resolved document (`[Гомель]{lang=be}` in a Markdown field or a title
 * field), once per field. Outputs that mark languages (HTML) must give each its `lang`; every
 * output shows its words, which the field markers above already check.
 */
export function spansOf(doc: ResolvedDocument): SpanMarker[] {
  const found = new Map<string, SpanMarker>();
  // `where` stops growing inside rich text: its nodes (objects with a type) are not fields.
  const visit = (value: unknown, where: string) => {
    if (Array.isArray(value))
      value.forEach((child, i) => {
        visit(child, isNode(child) ? where : `${where}[${i}]`);
      });
    else if (value !== null && typeof value === "object") {
      const node = value as Partial<Span>;
      if (node.type === "span" && typeof node.locale === "string" && Array.isArray(node.children)) {
        const marker = { locale: node.locale, text: normalizeText(oneLine(node.children)), where };
        found.set(`${where} ${marker.locale} ${marker.text}`, marker);
      }
      for (const [key, child] of Object.entries(value))
        if (!REPEATS.has(key)) visit(child, isNode(value) ? where : where ? `${where}.${key}` : key);
    }
  };
  visit(doc, "");
  return [...found.values()];
}

// Parts of the view that hold again what its sections, lead and intro hold.
const REPEATS = new Set(["blocks", "all", "document"]);

function isNode(value: unknown): boolean {
  return value !== null && typeof value === "object" && typeof (value as { type?: unknown }).type === "string";
}

/** A phrase's words, for tests that look for a citation. */
export function phraseText(phrase: Phrase | undefined): string {
  return phrase ? normalizeText(inlineToText(phrase, { link: (text) => text })) : "";
}
