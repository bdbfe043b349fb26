import { type ResolvedDocument, slugify } from "@belarusbrief/core";
import type { ActionCard } from "../card.js";
import { phraseText } from "../phrase.js";

/**
 * A card per call to action (the resolved document has only those still open at its date): the verb,
 * what to do, who runs it (its citation, else the host of its address) and the deadline. Postal
 * addresses are left to the page the card links to: an envelope's lines in a picture cannot be
 * copied, and would crowd out what the card is for.
 */
export function actionCards(doc: ResolvedDocument): ActionCard[] {
  return doc.all.actions.map((action) => {
    const at = action.path;
    const card: ActionCard = {
      template: "action",
      id: `action-${action.id ?? slugify(action.title, 40)}`,
      document: doc.id,
      locale: action.locale,
      path: at,
      kicker: { text: action.verb, path: [...at, "kind"] },
      title: { text: action.title, path: [...at, "title"] },
    };
    const host = action.url ? hostOf(action.url) : undefined;
    if (action.citation) card.via = { text: phraseText(action.citation), path: [...at, "via", "name"] };
    else if (host) card.via = { text: host, path: [...at, "url"] };
    if (action.deadline) card.deadline = { text: action.deadline.phrase, path: [...at, "deadline"] };
    return card;
  });
}

// The view's addresses are absolute and safe; a card shows only the site's name, as people type it.
function hostOf(url: string): string | undefined {
  if (!/^https?:\/\//i.test(url)) return undefined;
  return new URL(url).hostname.replace(/^www\./, "");
}
