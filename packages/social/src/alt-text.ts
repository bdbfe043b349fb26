import { shorten } from "@belarusbrief/core";
import type { Card } from "./card.js";

/** The longest alt text some platforms accept (X: 420 characters). */
export const MAX_ALT = 420;

/**
 * What the card shows, as one text in the card's language, for readers who cannot see the image:
 * the facts as the resolved document words them. At most 420 characters counted as code points
 * (never fewer than a reader counts, so it fits every platform's limit); a long quotation is
 * shortened so that its attribution still fits, anything else cut at a word with "…".
 */
export function altText(card: Card): string {
  if (card.template === "quote") {
    const tail = sentences([card.attribution && `— ${card.attribution.text}`, card.source?.text]);
    // The quote marks, the space before the tail and a full stop take up to four characters.
    const room = MAX_ALT - length(tail) - 4;
    return shorten(sentences([`“${shorten(card.text.text, room, CODE_POINTS)}”`, tail]), MAX_ALT, CODE_POINTS);
  }
  return shorten(sentences(parts(card)), MAX_ALT, CODE_POINTS);
}

function parts(card: Exclude<Card, { template: "quote" }>): (string | undefined)[] {
  switch (card.template) {
    case "statistic": {
      const trend = card.trend?.map((p) => `${p.label}: ${p.text}`).join(", ");
      return [`${card.value.text} ${card.measure.text}`, `${card.source.text}, ${card.asOf.text}`, trend];
    }
    case "event":
      return [`${card.date.text}${card.detail ? `, ${card.detail.text}` : ""}: ${card.title.text}`, card.place?.text];
    case "action":
      return [`${card.kicker.text}: ${card.title.text}`, card.via?.text, card.deadline?.text];
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

const CODE_POINTS = { unit: "code point" } as const;

function length(text: string): number {
  return [...text].length;
}
