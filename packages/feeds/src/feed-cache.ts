import { createHash } from "node:crypto";
import type { ArtifactCache } from "@belarusbrief/core";
import { codeFingerprint } from "@belarusbrief/core/fingerprint";

/**
 * The three formats of one feed, kept between builds by everything that makes them: the code
 * (this package's, core's and the `feed` library's), the settings and the feed's entries. An
 * edit to a document that is not among a feed's newest entries leaves that feed's key unchanged,
 * so the feed is not written out again.
 */
export function cachedFeed<T>(cache: ArtifactCache, inputs: unknown, make: () => T): T {
  const key = `feed-${createHash("sha256").update(feedsFingerprint()).update(JSON.stringify(inputs)).digest("hex")}.json`;
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

// A new version of the code must not reuse feeds written by the old one.
function feedsFingerprint(): string {
  return codeFingerprint(import.meta.url, { code: ["@belarusbrief/core"], versions: ["feed"] });
}
