import { createHash } from "node:crypto";
import { codeFingerprint } from "@belarusbrief/core/fingerprint";
import type { Card } from "./card.js";
import type { CardOptions } from "./options.js";

/**
 * The key under which a card's PNG is kept between builds: a hash of the renderer (this package's
 * code and the versions of its fonts, emoji, satori and resvg), the card's data and the options,
 * logo bytes included. Anything that could change the image changes the key.
 */
export function cacheKey(card: Card, options: CardOptions): string {
  const { logo, ...rest } = options;
  const hash = createHash("sha256")
    .update(rendererFingerprint())
    .update(JSON.stringify({ card, options: rest }));
  if (logo) hash.update(logo);
  return `card-${hash.digest("hex")}.png`;
}

// A new version of the renderer (or its fonts) must not reuse cards drawn by the old one.
function rendererFingerprint(): string {
  return codeFingerprint(import.meta.url, {
    versions: ["@fontsource/noto-sans", "@twemoji/svg", "satori", "@resvg/resvg-js"],
  });
}
