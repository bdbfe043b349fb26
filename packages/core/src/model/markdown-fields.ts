import type { FieldPath } from "../resolve/types.js";
import type { Document } from "../schema/document.js";

/** A Markdown field of a document, or a title field (see {@link titleFields}). */
export interface MarkdownField {
  path: FieldPath;
  text: string;
}

/**
 * Every Markdown field of a document, in reading order: what the loader parses into rich text.
 * A test checks that this list and the schema agree.
 */
export function markdownFields(doc: Document): MarkdownField[] {
  const out: MarkdownField[] = [];
  const add = (path: FieldPath, text: string | undefined) => {
    if (text !== undefined) out.push({ path, text });
  };
  if ((doc.kind === "brief" || doc.kind === "statement") && doc.lead) add(["lead", "text"], doc.lead.text);
  add(["intro"], doc.intro);
  if (doc.kind === "news-item") add(["body"], doc.body);
  doc.sections?.forEach((section, s) => {
    const at = (...rest: (string | number)[]) => ["sections", s, ...rest];
    add(at("intro"), section.intro);
    section.items?.forEach((item, i) => {
      add(at("items", i, "body"), item.body);
      add(at("items", i, "quote", "text"), item.quote?.text);
    });
    section.events?.forEach((event, i) => {
      add(at("events", i, "description"), event.description);
    });
    section.actions?.forEach((action, i) => {
      add(at("actions", i, "body"), action.body);
      action.letter?.forEach((letter, j) => {
        add(at("actions", i, "letter", j, "text"), letter.text);
      });
    });
    section.reports?.forEach((report, i) => {
      add(at("reports", i, "summary"), report.summary);
    });
    section.recommendations?.forEach((rec, i) => {
      add(at("recommendations", i, "intro"), rec.intro);
      rec.items.forEach((item, j) => {
        add(at("recommendations", i, "items", j), item);
      });
    });
  });
  return out;
}

/**
 * Every title field of a document, in reading order: the short plain-text fields readers see as a
 * heading or a name of what follows (the document's title and tagline, section headings, items'
 * lead-ins, the titles of events, actions and links). Each may mark words in another language,
 * `[Дзень Волі]{lang=be}`, and nothing else; the loader checks those spans and `resolve` gives
 * each field's words and its rich form. A test checks that this list and the schema's `Title`
 * fields agree.
 */
export function titleFields(doc: Document): MarkdownField[] {
  const out: MarkdownField[] = [];
  const add = (path: FieldPath, text: string | undefined) => {
    if (text !== undefined) out.push({ path, text });
  };
  add(["title"], doc.title);
  if (doc.kind === "brief") add(["tagline"], doc.tagline);
  doc.sections?.forEach((section, s) => {
    const at = (...rest: (string | number)[]) => ["sections", s, ...rest];
    add(at("heading"), section.heading);
    section.items?.forEach((item, i) => {
      add(at("items", i, "lead"), item.lead);
    });
    section.events?.forEach((event, i) => {
      add(at("events", i, "title"), event.title);
    });
    section.actions?.forEach((action, i) => {
      add(at("actions", i, "title"), action.title);
    });
    section.links?.forEach((link, i) => {
      add(at("links", i, "title"), link.title);
    });
  });
  doc.links?.forEach((link, i) => {
    add(["links", i, "title"], link.title);
  });
  return out;
}
