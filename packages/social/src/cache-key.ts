import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
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
    const hash = createHash("sha256");
    // Every module of the package: the build splits the code shared with the `fit` entry into chunks.
    const dir = dirname(fileURLToPath(import.meta.url));
    for (const file of readdirSync(dir, { recursive: true, encoding: "utf8" }).filter(isCode).sort())
      hash.update(file).update(readFileSync(join(dir, file)));
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

function isCode(file: string): boolean {
  return /\.(js|ts)$/.test(file) && !file.endsWith(".d.ts");
}
