import { oneLine, type ResolvedDocument, type ResolvedQuote, slugify } from "@belarusbrief/core";
import type { CardText, QuoteCard } from "../card.js";
import { phraseText } from "../phrase.js";

/** Quotes longer than this get no card: a share image carries a line, not a paragraph. */
export const MAX_QUOTE_CHARACTERS = 280;

/** A card per quotation of at most 280 characters: the lead quote of a brief or statement, and every testimony in an item. */
export function quoteCards(doc: ResolvedDocument): QuoteCard[] {
  const title: CardText = { text: doc.title, path: ["title"] };
  const found: { quote: ResolvedQuote; kicker: CardText }[] = doc.lead ? [{ quote: doc.lead, kicker: title }] : [];
  for (const section of doc.sections) {
    const kicker = section.heading ? { text: section.heading, path: [...section.path, "heading"] } : title;
    for (const item of section.items) if (item.quote) found.push({ quote: item.quote, kicker });
  }
  return found.flatMap(({ quote, kicker }): QuoteCard[] => {
    const text = oneLine(quote.text);
    if ([...text].length > MAX_QUOTE_CHARACTERS) return [];
    const at = quote.path;
    const card: QuoteCard = {
      template: "quote",
      id: `quote-${at[0] === "lead" ? "lead" : slugify(quote.name ?? text, 40)}`,
      document: doc.id,
      locale: quote.locale,
      path: at,
      kicker,
      text: { text, path: [...at, "text"] },
    };
    if (quote.attribution) card.attribution = { text: quote.attribution, path: [...at, "attribution"] };
    if (quote.citation) card.source = { text: phraseText(quote.citation), path: [...at, "source", "name"] };
    return [card];
  });
}
