import type { Card } from "./card.js";
import { clip } from "./text.js";

/** The longest alt text some platforms accept (X: 420 characters). */
export const MAX_ALT = 420;

/**
 * What the card shows, as one text in the card's language, for readers who cannot see the image.
 * Built from the same data as the image; at most 420 characters, cut at a word with "…".
 */
export function altText(card: Card): string {
  return clip(sentences(parts(card)), MAX_ALT);
}

function parts(card: Card): (string | undefined)[] {
  switch (card.template) {
    case "statistic": {
      const trend = card.trend?.map((p) => `${p.label}: ${p.text}`).join(", ");
      return [`${card.value.text} ${card.measure.text}`, `${card.source.text}, ${card.asOf.text}`, trend];
    }
    case "event":
      return [`${card.date.text}${card.detail ? `, ${card.detail.text}` : ""}: ${card.title.text}`, card.place?.text];
    case "action":
      return [`${card.kicker.text}: ${card.title.text}`, card.via?.text, card.deadline?.text];
    case "quote":
      return [`“${card.text.text}”`, card.attribution && `— ${card.attribution.text}`, card.source?.text];
    case "headline":
      return [`${card.kicker.text}: ${card.title.text}`, card.meta?.text];
    case "cover":
      return [
        `${card.kicker.text}, ${card.month.text}: ${card.title.text}`,
        card.tagline?.text,
        ...card.highlights.map((h) => h.text),
      ];
  }
}

function sentences(parts: (string | undefined)[]): string {
  return parts
    .filter((part): part is string => Boolean(part))
    .map((part) => (/[.!?…][»”"']?$/.test(part) ? part : `${part}.`))
    .join(" ");
}
