import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
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

let fingerprint: string | undefined;

// A new version of the renderer (or its fonts) must not reuse cards drawn by the old one. Read from
// the installed packages, like the fonts themselves; never from the user's files.
function rendererFingerprint(): string {
  if (fingerprint === undefined) {
    const require = createRequire(import.meta.url);
    const hash = createHash("sha256").update(readFileSync(fileURLToPath(import.meta.url)));
    for (const name of [
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
