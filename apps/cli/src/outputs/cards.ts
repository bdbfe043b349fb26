import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { type Card, type CardOptions, cardsFor, renderPngs, SIZE_NAMES } from "@belarusbrief/social";
import type { Cache } from "../cache.js";
import { forDocument } from "./document-error.js";
import type { Artifact, Output } from "./types.js";

/**
 * Every card of every document in every size: `cards/<document id>/<card id>-<size>.png`, with its
 * alt text. Cards made by an earlier build from the same data are reused from the cache. A text
 * that does not fit or a character no bundled font has fails the build at the field's
 * `file:line:column`.
 */
export const cardsOutput: Output = {
  name: "cards",
  async build({ documents, site, cache, progress }) {
    const logo = site.cards.logo ? new Uint8Array(readFileSync(site.cards.logo)) : undefined;
    const look = {
      footer: site.cards.footer ?? site.title,
      ...(site.cards.theme ? { theme: site.cards.theme } : {}),
      ...(logo ? { logo } : {}),
    };
    const perDocument = documents.map((loaded) => ({
      loaded,
      jobs: cardsFor(loaded.document).flatMap((card) =>
        SIZE_NAMES.map((size) => ({ card, size, options: { size, ...look } as CardOptions })),
      ),
    }));
    const total = perDocument.reduce((n, d) => n + d.jobs.length, 0);
    const artifacts: Artifact[] = [];
    let done = 0;
    for (const { loaded, jobs } of perDocument) {
      const keys = jobs.map((job) => cacheKey(job.card, job.options));
      const images: (Image | undefined)[] = keys.map((key) => fromCache(cache, key));
      const missing = jobs.filter((_, i) => images[i] === undefined);
      done += jobs.length - missing.length;
      const rendered = await forDocument(loaded, () =>
        renderPngs(missing, { concurrency: 3, onDone: () => progress(++done, total, "cards") }),
      );
      for (const [i, job] of jobs.entries()) {
        let image = images[i];
        if (!image) {
          image = rendered.shift() as Image;
          toCache(cache, keys[i] as string, image);
        }
        artifacts.push({
          kind: "card",
          path: `cards/${loaded.document.id}/${job.card.id}-${job.size}.png`,
          mediaType: "image/png",
          document: loaded.document.id,
          locale: job.card.locale,
          width: image.width,
          height: image.height,
          alt: image.alt,
          content: image.png,
        });
      }
      progress(done, total, "cards");
    }
    return { artifacts };
  },
};

interface Image {
  png: Uint8Array;
  width: number;
  height: number;
  alt: string;
}

function cacheKey(card: Card, options: CardOptions): string {
  const { logo, ...rest } = options;
  const hash = createHash("sha256")
    .update(rendererFingerprint())
    .update(JSON.stringify({ card, options: rest }));
  if (logo) hash.update(logo);
  return `card-${hash.digest("hex")}`;
}

function fromCache(cache: Cache, key: string): Image | undefined {
  const png = cache.get(`${key}.png`);
  const meta = cache.get(`${key}.json`);
  return png && meta ? { png, ...(JSON.parse(Buffer.from(meta).toString("utf8")) as Omit<Image, "png">) } : undefined;
}

function toCache(cache: Cache, key: string, image: Image): void {
  cache.set(`${key}.png`, image.png);
  cache.set(`${key}.json`, JSON.stringify({ width: image.width, height: image.height, alt: image.alt }));
}

let fingerprint: string | undefined;

// A new version of the renderer (or its fonts) must not reuse cards drawn by the old one.
function rendererFingerprint(): string {
  if (fingerprint === undefined) {
    const require = createRequire(import.meta.url);
    const hash = createHash("sha256");
    for (const name of [
      "@belarusbrief/social",
      "@fontsource/noto-sans/package.json",
      "@twemoji/svg/package.json",
      "satori/package.json",
      "@resvg/resvg-js/package.json",
    ]) {
      hash.update(readFileSync(require.resolve(name)));
    }
    fingerprint = hash.digest("hex");
  }
  return fingerprint;
}
