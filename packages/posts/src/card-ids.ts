import {
  type ResolvedAction,
  type ResolvedDocument,
  type ResolvedEvent,
  type ResolvedStatistic,
  slugify,
} from "@belarusbrief/core";

/** A statistic, event or call to action that has a share card, with the card's id. */
export type CardBlock =
  | { id: string; type: "statistic"; block: ResolvedStatistic }
  | { id: string; type: "event"; block: ResolvedEvent }
  | { id: string; type: "action"; block: ResolvedAction };

/**
 * The blocks that get a share card and a post of their own, in reading order: statistics that name
 * their source, upcoming events, calls to action (resolve leaves out those past their deadline).
 *
 * The ids are the cards' own (`statistic-<id>`, `event-<id>`, `action-<id>`, a second card of the
 * same id ending in `-2`): the card artifacts do not say which block they show, so this follows
 * how `@belarusbrief/social` names them, and posts are named after them too.
 */
export function cardBlocks(doc: ResolvedDocument): CardBlock[] {
  const statistics = unique(
    doc.all.statistics
      .filter((stat) => stat.citation)
      .map((block) => ({
        type: "statistic" as const,
        id: `statistic-${block.id ?? slugify(block.series ?? block.measure, 40)}`,
        block,
      })),
  );
  const events = unique(
    doc.all.events
      .filter((e) => e.upcoming)
      .map((block) => ({ type: "event" as const, id: `event-${block.id}`, block })),
  );
  const actions = unique(
    doc.all.actions.map((block) => ({
      type: "action" as const,
      id: `action-${block.id ?? slugify(block.title, 40)}`,
      block,
    })),
  );
  return [...statistics, ...events, ...actions];
}

function unique<T extends { id: string }>(cards: T[]): T[] {
  const seen = new Map<string, number>();
  return cards.map((card) => {
    const count = (seen.get(card.id) ?? 0) + 1;
    seen.set(card.id, count);
    return count === 1 ? card : { ...card, id: `${card.id}-${count}` };
  });
}
