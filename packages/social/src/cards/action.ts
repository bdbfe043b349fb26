import { type Document, formatDate, isPlaceholderUrl, messages, slugify } from "@belarusbrief/core";
import type { ActionCard } from "../card.js";
import { cleanText } from "../text.js";

/** A card per call to action: the verb, what to do, and where (the organisation, else the site's host). */
export function actionCards(doc: Document): ActionCard[] {
  return (doc.sections ?? []).flatMap((section, s) =>
    (section.actions ?? []).map((action, i) => {
      const at = ["sections", s, "actions", i];
      const locale = action.locale ?? section.locale ?? doc.locale;
      const m = messages(locale);
      const card: ActionCard = {
        template: "action",
        id: `action-${action.id ?? slugify(action.title, 40)}`,
        document: doc.id,
        locale,
        kicker: { text: m.action[action.kind], path: [...at, "kind"] },
        title: { text: cleanText(action.title), path: [...at, "title"] },
      };
      const host = hostOf(action.url);
      if (action.via) card.via = { text: `${m.via} ${cleanText(action.via.name)}`, path: [...at, "via", "name"] };
      else if (host) card.via = { text: host, path: [...at, "url"] };
      if (action.deadline) {
        const text = m.deadline.replace("{date}", formatDate(action.deadline, locale));
        card.deadline = { text, path: [...at, "deadline"] };
      }
      return card;
    }),
  );
}

function hostOf(url: string | undefined): string | undefined {
  if (!url || isPlaceholderUrl(url) || !/^https?:\/\//i.test(url)) return undefined;
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return undefined;
  }
}
