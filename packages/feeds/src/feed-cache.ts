import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { ArtifactCache } from "@belarusbrief/core";

/**
 * The three formats of one feed, kept between builds by everything that makes them: the code
 * (this package's, core's and the `feed` library's), the settings and the feed's entries. An
 * edit to a document that is not among a feed's newest entries leaves that feed's key unchanged,
 * so the feed is not written out again.
 */
export function cachedFeed<T>(cache: ArtifactCache, inputs: unknown, make: () => T): T {
  const key = `feed-${createHash("sha256").update(codeFingerprint()).update(JSON.stringify(inputs)).digest("hex")}.json`;
  const known = cache.get(key);
  if (known) {
    try {
      return JSON.parse(Buffer.from(known).toString("utf8")) as T;
    } catch {
      // A damaged entry is made again.
    }
  }
  const made = make();
  cache.set(key, JSON.stringify(made));
  return made;
}

let fingerprint: string | undefined;

// A new version of the code must not reuse feeds written by the old one. Read from the installed
// packages, never from the user's files.
function codeFingerprint(): string {
  if (fingerprint === undefined) {
    const hash = createHash("sha256");
    const dir = dirname(fileURLToPath(import.meta.url));
    for (const file of readdirSync(dir, { recursive: true, encoding: "utf8" }).filter(isCode).sort())
      hash.update(file).update(readFileSync(join(dir, file)));
    const require = createRequire(import.meta.url);
    for (const name of ["@belarusbrief/core", "feed"]) hash.update(readFileSync(require.resolve(name)));
    fingerprint = hash.digest("hex");
  }
  return fingerprint;
}

function isCode(file: string): boolean {
  return /\.(js|ts)$/.test(file) && !file.endsWith(".d.ts");
}
