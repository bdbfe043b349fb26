import { type Document, type Locale, messages, type Quote, slugify } from "@belarusbrief/core";
import type { QuoteCard } from "../card.js";
import { cleanText, markdownText } from "../text.js";

/** Quotes longer than this get no card: a share image carries a line, not a paragraph. */
export const MAX_QUOTE_CHARACTERS = 280;

/** A card per quotation: the lead quote of a brief or statement, and every testimony in an item. */
export function quoteCards(doc: Document): QuoteCard[] {
  const found: { quote: Quote; at: PropertyKey[]; locale: Locale; kicker: QuoteCard["kicker"] }[] = [];
  const title = { text: cleanText(doc.title), path: ["title"] };
  if ((doc.kind === "brief" || doc.kind === "statement") && doc.lead) {
    found.push({ quote: doc.lead, at: ["lead"], locale: doc.lead.locale ?? doc.locale, kicker: title });
  }
  (doc.sections ?? []).forEach((section, s) => {
    const kicker = section.heading ? { text: cleanText(section.heading), path: ["sections", s, "heading"] } : title;
    section.items?.forEach((item, i) => {
      if (!item.quote) return;
      const locale = item.quote.locale ?? item.locale ?? section.locale ?? doc.locale;
      found.push({ quote: item.quote, at: ["sections", s, "items", i, "quote"], locale, kicker });
    });
  });
  return found.flatMap(({ quote, at, locale, kicker }): QuoteCard[] => {
    const text = markdownText(quote.text);
    if ([...text].length > MAX_QUOTE_CHARACTERS) return [];
    const m = messages(locale);
    const card: QuoteCard = {
      template: "quote",
      id: `quote-${at[0] === "lead" ? "lead" : slugify(quote.attribution?.name ?? text, 40)}`,
      document: doc.id,
      locale,
      kicker,
      text: { text, path: [...at, "text"] },
    };
    const a = quote.attribution;
    if (a) {
      const who = [a.anonymous ? undefined : a.name, a.description ?? (a.anonymous ? m.anonymous : undefined)];
      const path = [...at, "attribution", a.name && !a.anonymous ? "name" : "description"];
      card.attribution = { text: cleanText(who.filter(Boolean).join(", ")), path };
    }
    if (quote.source)
      card.source = { text: `${m.via} ${cleanText(quote.source.name)}`, path: [...at, "source", "name"] };
    return [card];
  });
}
