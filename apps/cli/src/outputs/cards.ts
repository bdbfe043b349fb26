import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { type Card, type CardOptions, cardsFor, renderPng, SIZE_NAMES } from "@belarusbrief/social";
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
    const jobs = documents.flatMap((loaded) =>
      cardsFor(loaded.document).flatMap((card) => SIZE_NAMES.map((size) => ({ loaded, card, size }))),
    );
    const artifacts: Artifact[] = [];
    const logo = site.cards.logo ? new Uint8Array(readFileSync(site.cards.logo)) : undefined;
    const look = {
      footer: site.cards.footer ?? site.title,
      ...(site.cards.theme ? { theme: site.cards.theme } : {}),
      ...(logo ? { logo } : {}),
    };
    for (const [i, { loaded, card, size }] of jobs.entries()) {
      const options = { size, ...look } as CardOptions;
      const image = await cached(cache, card, options, () => forDocument(loaded, () => renderPng(card, options)));
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

interface Image {
  png: Uint8Array;
  width: number;
  height: number;
  alt: string;
}

async function cached(cache: Cache, card: Card, options: CardOptions, render: () => Promise<Image>): Promise<Image> {
  const { logo, ...rest } = options;
  const hash = createHash("sha256")
    .update(rendererFingerprint())
    .update(JSON.stringify({ card, options: rest }));
  if (logo) hash.update(logo);
  const key = `card-${hash.digest("hex")}`;
  const png = cache.get(`${key}.png`);
  const meta = cache.get(`${key}.json`);
  if (png && meta) return { png, ...(JSON.parse(Buffer.from(meta).toString("utf8")) as Omit<Image, "png">) };
  const image = await render();
  cache.set(`${key}.png`, image.png);
  cache.set(`${key}.json`, JSON.stringify({ width: image.width, height: image.height, alt: image.alt }));
  return image;
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
