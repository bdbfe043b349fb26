import type { ResolvedDocument } from "@belarusbrief/core";
import type { Card } from "./card.js";
import { actionCards } from "./cards/action.js";
import { eventCards } from "./cards/event.js";
import { headlineCards } from "./cards/headline.js";
import { quoteCards } from "./cards/quote.js";
import { statisticCards } from "./cards/statistic.js";

/**
 * The share images a resolved document yields, in reading order: the brief's cover (or the
 * document's headline), quotes and testimonies, statistics with a source, upcoming events and
 * open calls to action — every text as the view words it. Pure: card ids are stable and unique
 * within the document.
 */
export function cardsFor(doc: ResolvedDocument): Card[] {
  const cards = [
    ...headlineCards(doc),
    ...quoteCards(doc),
    ...statisticCards(doc),
    ...eventCards(doc),
    ...actionCards(doc),
  ];
  return uniqueIds(cards);
}

function uniqueIds(cards: Card[]): Card[] {
  const seen = new Map<string, number>();
  return cards.map((card) => {
    const count = (seen.get(card.id) ?? 0) + 1;
    seen.set(card.id, count);
    return count === 1 ? card : { ...card, id: `${card.id}-${count}` };
  });
}
