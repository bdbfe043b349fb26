import { type Document, formatStatistic, type Locale, type Section } from "@belarusbrief/core";
import { markdownToText, normalizeText } from "./visible-text.js";

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

/** A text of the input that must be visible in an output. */
export interface Marker {
  kind: MarkerKind;
  /** Where it comes from, for failure messages. */
  where: string;
  /** The text as a reader sees it: plain fields as written, Markdown fields as rendered text, normalised. */
  text: string;
}

/** Every visible text of a document, labelled by the kind of content it belongs to. */
export function markersOf(doc: Document): Marker[] {
  const out: Marker[] = [];
  const plain = (kind: MarkerKind, where: string, text: string | undefined) => {
    if (text !== undefined && normalizeText(text) !== "") out.push({ kind, where, text: normalizeText(text) });
  };
  const md = (kind: MarkerKind, where: string, text: string | undefined) => {
    if (text !== undefined) plain(kind, where, markdownToText(text));
  };
  const source = (where: string, s: { name: string; note?: string | undefined } | undefined) => {
    plain("source", `${where}.name`, s?.name);
    plain("source", `${where}.note`, s?.note);
  };
  const quote = (where: string, q: NonNullable<Extract<Document, { kind: "brief" }>["lead"]> | undefined) => {
    if (!q) return;
    md("quote", `${where}.text`, q.text);
    plain("quote", `${where}.attribution.name`, q.attribution?.name);
    plain("quote", `${where}.attribution.description`, q.attribution?.description);
    source(`${where}.source`, q.source);
  };

  plain("document", "title", doc.title);
  if (doc.kind === "brief") plain("document", "tagline", doc.tagline);
  md("document", "intro", doc.intro);
  if (doc.kind === "news-item") {
    md("document", "body", doc.body);
    source("source", doc.source);
  }
  if (doc.kind === "brief" || doc.kind === "statement") quote("lead", doc.lead);
  doc.links?.forEach((link, i) => {
    plain("link", `links[${i}].title`, link.title);
  });

  doc.sections?.forEach((section, s) => {
    const at = `sections[${s}]`;
    const locale: Locale = section.locale ?? doc.locale;
    plain("section", `${at}.heading`, section.heading);
    md("section", `${at}.intro`, section.intro);
    section.statistics?.forEach((stat, i) => {
      const phrase = formatStatistic(stat, stat.locale ?? locale);
      plain("statistic", `${at}.statistics[${i}].value`, phrase.value);
      plain("statistic", `${at}.statistics[${i}].measure`, stat.measure);
      source(`${at}.statistics[${i}].source`, stat.source);
    });
    section.items?.forEach((item, i) => {
      plain("item", `${at}.items[${i}].lead`, item.lead);
      md("item", `${at}.items[${i}].body`, item.body);
      item.sources?.forEach((src, j) => {
        source(`${at}.items[${i}].sources[${j}]`, src);
      });
      quote(`${at}.items[${i}].quote`, item.quote);
    });
    section.events?.forEach((event, i) => {
      plain("event", `${at}.events[${i}].title`, event.title);
      plain("event", `${at}.events[${i}].location`, event.location);
      md("event", `${at}.events[${i}].description`, event.description);
    });
    section.actions?.forEach((action, i) => {
      plain("action", `${at}.actions[${i}].title`, action.title);
      md("action", `${at}.actions[${i}].body`, action.body);
      source(`${at}.actions[${i}].via`, action.via);
      action.recipients?.forEach((r, j) => {
        plain("action", `${at}.actions[${i}].recipients[${j}]`, r);
      });
      action.letter?.forEach((l, j) => {
        md("action", `${at}.actions[${i}].letter[${j}].text`, l.text);
      });
    });
    section.reports?.forEach((report, i) => {
      md("report", `${at}.reports[${i}].summary`, report.summary);
    });
    section.recommendations?.forEach((rec, i) => {
      md("recommendation", `${at}.recommendations[${i}].intro`, rec.intro);
      rec.items.forEach((item, j) => {
        md("recommendation", `${at}.recommendations[${i}].items[${j}]`, item);
      });
    });
    section.links?.forEach((link, i) => {
      plain("link", `${at}.links[${i}].title`, link.title);
    });
  });
  return out;
}
