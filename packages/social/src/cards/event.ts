import { type Document, type Event, formatDate, type Locale, messages, upcomingEvents } from "@belarusbrief/core";
import type { CardText, EventCard } from "../card.js";
import { cleanText } from "../text.js";

/** A card per event taking place on or after the document's date (yearly ones at their next anniversary). */
export function eventCards(doc: Document): EventCard[] {
  const where = new Map<Event, { at: PropertyKey[]; locale: Locale }>();
  (doc.sections ?? []).forEach((section, s) => {
    section.events?.forEach((event, i) => {
      where.set(event, { at: ["sections", s, "events", i], locale: event.locale ?? section.locale ?? doc.locale });
    });
  });
  return upcomingEvents([...where.keys()], doc.date).map(({ event, date, endDate }) => {
    const { at, locale } = where.get(event) ?? { at: [], locale: doc.locale };
    const m = messages(locale);
    const day = formatDate(date, locale);
    const card: EventCard = {
      template: "event",
      id: `event-${event.id}`,
      document: doc.id,
      locale,
      kicker: { text: m.upcomingDates, path: [] },
      date: { text: endDate ? `${day} – ${formatDate(endDate, locale)}` : day, path: [...at, "date"] },
      title: { text: cleanText(event.title), path: [...at, "title"] },
    };
    const detail = detailOf(event, date, locale, at);
    if (detail) card.detail = detail;
    if (event.location) card.place = { text: cleanText(event.location), path: [...at, "location"] };
    else if (event.online) card.place = { text: m.online, path: [...at, "online"] };
    return card;
  });
}

function detailOf(event: Event, date: string, locale: Locale, at: PropertyKey[]): CardText | undefined {
  if (event.time && event.timeZone) {
    const hours = event.endTime ? `${event.time}–${event.endTime}` : event.time;
    return { text: `${hours} ${zoneName(event.timeZone, date, locale)}`, path: [...at, "time"] };
  }
  if (event.recurs === "yearly") return { text: messages(locale).everyYear, path: [...at, "recurs"] };
  return undefined;
}

// The generic zone name ("Central Time") reads better on a card than the IANA id.
function zoneName(timeZone: string, date: string, locale: Locale): string {
  const intl = locale === "en" || locale === "ru" ? locale : "be";
  const parts = new Intl.DateTimeFormat(intl, { timeZone, timeZoneName: "longGeneric" }).formatToParts(
    new Date(`${date}T12:00:00Z`),
  );
  return parts.find((part) => part.type === "timeZoneName")?.value ?? timeZone;
}
