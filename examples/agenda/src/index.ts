import { defineAdapter, oneLine } from "@belarusbrief/core";
import { z } from "zod";

/** A document's dates as a plain-text agenda: `agenda/<id>.txt`, one line per date. */
export const adapter = defineAdapter({
  name: "agenda",
  // Its settings, written as "agenda": { … } in belarusbrief.json.
  options: z.strictObject({ past: z.boolean().default(false) }),
  renderDocument(doc, { options }) {
    const events = doc.all.events.filter((event) => options.past || event.upcoming);
    if (events.length === 0) return [];
    const lines = events.map((event) =>
      [`${event.when}: ${event.title}`, event.location, event.description && oneLine(event.description)]
        .filter(Boolean)
        .join(" — "),
    );
    return [
      {
        kind: "agenda",
        role: "document-agenda",
        path: `agenda/${doc.id}.txt`,
        mediaType: "text/plain; charset=utf-8",
        document: doc.id,
        locale: doc.locale,
        content: `${doc.title}\n\n${lines.join("\n")}\n`,
      },
    ];
  },
});
