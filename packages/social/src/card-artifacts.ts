import type { Artifact, RenderContext, ResolvedDocument } from "@belarusbrief/core";
import { altText } from "./alt-text.js";
import { cacheKey } from "./cache-key.js";
import type { Card } from "./card.js";
import { cardsFor } from "./cards-for.js";
import { lookOf, ofDocument } from "./look.js";
import { type CardSettings, SIZE_NAMES, SIZES, type Size } from "./options.js";
import { renderPngs } from "./render-png.js";

/**
 * Every card of a document in every size, as artifacts `cards/<document id>/<card id>-<size>.png`
 * with their alt text. The document's cover or headline in the Open Graph size has the role
 * `og-image`; every other card the role `card`. Cards drawn by an earlier build from the same data,
 * options and renderer come from `context.cache`. A text that does not fit, or a character no
 * bundled font has, throws a `FieldError` naming the document and the field.
 */
export async function cardArtifacts(doc: ResolvedDocument, context: RenderContext<CardSettings>): Promise<Artifact[]> {
  const look = lookOf(context);
  const jobs = cardsFor(doc).flatMap((card) => SIZE_NAMES.map((size) => ({ card, size, options: { ...look, size } })));
  const keys = jobs.map((job) => cacheKey(job.card, job.options));
  const images = keys.map((key) => context.cache.get(key));
  const missing = jobs.filter((_, i) => images[i] === undefined);
  let done = jobs.length - missing.length;
  context.progress(done, jobs.length);
  const rendered = await ofDocument(doc.id, () =>
    renderPngs(missing, { concurrency: 3, onDone: () => context.progress(++done, jobs.length) }),
  );
  return jobs.map((job, i) => {
    let png = images[i];
    if (!png) {
      png = (rendered.shift() as { png: Uint8Array }).png;
      context.cache.set(keys[i] as string, png);
    }
    return {
      kind: "card",
      role: isOgImage(job.card, job.size) ? "og-image" : "card",
      path: `cards/${doc.id}/${job.card.id}-${job.size}.png`,
      mediaType: "image/png",
      document: doc.id,
      locale: job.card.locale,
      ...SIZES[job.size],
      alt: altText(job.card),
      content: png,
    };
  });
}

// One card per document stands for it where the document is shared: its cover or headline, 1200×630.
function isOgImage(card: Card, size: Size): boolean {
  return size === "og" && (card.template === "cover" || card.template === "headline");
}
