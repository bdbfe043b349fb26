import { inlineToText, type Phrase } from "@belarusbrief/core";

/** A phrase as a card prints it: its words, links as their text (an image cannot be clicked). */
export function phraseText(phrase: Phrase): string {
  return inlineToText(phrase, { link: (text) => text });
}
