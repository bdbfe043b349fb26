import { FieldError, formatPath, type ResolvedDocument } from "@belarusbrief/core";
import { cardsFor } from "./cards-for.js";
import { layoutCard } from "./layout.js";
import { type LookContext, lookOf, ofDocument } from "./look.js";
import { CardSettings, SIZE_NAMES } from "./options.js";

/** The schema of the `cards` section of `belarusbrief.json`, for checking settings without drawing. */
export { CardSettings as options, layoutCard };

/**
 * Every card text of `doc` that cannot fit at its smallest size, in any card size: one FieldError per
 * field (the first size it fails in), naming the document and the field, with the length that fits.
 * Lays the cards out from the fonts' metrics only — no satori, no resvg — with the line breaks and
 * sizes `renderPng` uses, so what passes here fits when drawn. A settings problem (a footer that
 * does not fit, a logo that is not an image) throws, as it does in the build.
 */
export async function checkCards(doc: ResolvedDocument, context: LookContext): Promise<FieldError[]> {
  const look = lookOf(context);
  const found = new Map<string, FieldError>();
  for (const card of cardsFor(doc)) {
    for (const size of SIZE_NAMES) {
      try {
        await ofDocument(doc.id, () => layoutCard(card, { ...look, size }));
      } catch (error) {
        if (!(error instanceof FieldError)) throw error;
        const field = formatPath(error.path);
        if (!found.has(field)) found.set(field, error);
      }
    }
  }
  return [...found.values()];
}
