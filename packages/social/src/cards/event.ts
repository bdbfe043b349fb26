import { messages, type ResolvedDocument } from "@belarusbrief/core";
import type { EventCard } from "../card.js";

/**
 * A card per upcoming occurrence, at the date, time and year the resolved document decided; a past
 * occurrence gets no card (a share image invites people to come).
 */
export function eventCards(doc: ResolvedDocument): EventCard[] {
  return doc.all.events
    .filter((event) => event.upcoming)
    .map((event) => {
      const words = messages(event.locale);
      const card: EventCard = {
        template: "event",
        id: `event-${event.id}`,
        document: doc.id,
        locale: event.locale,
        path: event.path,
        kicker: { text: words.upcomingDates, path: [] },
        date: { text: event.dates, path: [...event.path, "date"] },
        title: { text: event.title, path: [...event.path, "title"] },
      };
      const detail = [event.time, event.recurrence, event.anniversary].filter(Boolean).join(" · ");
      if (detail) card.detail = { text: detail, path: [...event.path, event.time ? "time" : "recurs"] };
      if (event.location) card.place = { text: event.location, path: [...event.path, "location"] };
      else if (event.online) card.place = { text: words.online, path: [...event.path, "online"] };
      return card;
    });
}
