import { cardsFor, renderPng, SIZE_NAMES } from "@belarusbrief/social";
import { forDocument } from "./document-error.js";
import type { Artifact, Output } from "./types.js";

/**
 * Every card of every document in every size: `cards/<document id>/<card id>-<size>.png`, with its
 * alt text. A text that does not fit or a character no bundled font has fails the build at the
 * field's `file:line:column`.
 */
export const cardsOutput: Output = {
  name: "cards",
  async build({ documents, site, progress }) {
    const jobs = documents.flatMap((loaded) =>
      cardsFor(loaded.document).flatMap((card) => SIZE_NAMES.map((size) => ({ loaded, card, size }))),
    );
    const artifacts: Artifact[] = [];
    for (const [i, { loaded, card, size }] of jobs.entries()) {
      const image = await forDocument(loaded, () => renderPng(card, { size, footer: site.title }));
      artifacts.push({
        kind: "card",
        path: `cards/${loaded.document.id}/${card.id}-${size}.png`,
        mediaType: "image/png",
        document: loaded.document.id,
        locale: card.locale,
        width: image.width,
        height: image.height,
        alt: image.alt,
        content: image.png,
      });
      progress(i + 1, jobs.length, "cards");
    }
    return { artifacts };
  },
};
