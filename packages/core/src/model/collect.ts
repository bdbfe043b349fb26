import type { CallToAction } from "../schema/action.js";
import type { Document } from "../schema/document.js";
import type { Event } from "../schema/event.js";
import type { Locale } from "../schema/primitives.js";
import type { Quote } from "../schema/quote.js";
import type { Report } from "../schema/report.js";
import type { Item, Section } from "../schema/section.js";
import type { Statistic } from "../schema/statistic.js";

/** An entity found in a document, with the language it is written in and the section holding it. */
export interface Found<T> {
  value: T;
  locale: Locale;
  section?: Section;
}

/** Everything countable a document contains, in reading order. */
export interface Contents {
  statistics: Found<Statistic>[];
  items: Found<Item>[];
  events: Found<Event>[];
  actions: Found<CallToAction>[];
  reports: Found<Report>[];
  quotes: Found<Quote>[];
}

/** Lists the statistics, items, events, calls to action, reports and quotes of a document. */
export function collect(doc: Document): Contents {
  const out: Contents = { statistics: [], items: [], events: [], actions: [], reports: [], quotes: [] };
  if ("lead" in doc && doc.lead) out.quotes.push({ value: doc.lead, locale: doc.lead.locale ?? doc.locale });
  for (const section of doc.sections ?? []) {
    const base = section.locale ?? doc.locale;
    const add = <T extends { locale?: Locale | undefined }>(list: Found<T>[], values: T[] | undefined) => {
      for (const value of values ?? []) list.push({ value, locale: value.locale ?? base, section });
    };
    add(out.statistics, section.statistics);
    add(out.items, section.items);
    for (const item of section.items ?? []) {
      if (item.quote) out.quotes.push({ value: item.quote, locale: item.quote.locale ?? item.locale ?? base, section });
    }
    add(out.events, section.events);
    add(out.actions, section.actions);
    add(out.reports, section.reports);
  }
  return out;
}

/** The language of a block: its own, else its section's, else the document's. */
export function localeOf(doc: Document, ...blocks: ({ locale?: Locale | undefined } | undefined)[]): Locale {
  for (const block of [...blocks].reverse()) if (block?.locale) return block.locale;
  return doc.locale;
}
