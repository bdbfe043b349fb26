import { createHash } from "node:crypto";
import type { Problem } from "@belarusbrief/core";
import type { Cache } from "../cache.js";
import type { CollectedEntries } from "../render/render-outputs.js";

/**
 * What a build keeps of one document between runs: who it is, what loading it warned about, and
 * what each collection output (feeds, the calendar) took of it. A later build of the same file,
 * settings, outputs and code uses this instead of loading and resolving the document again.
 */
export interface CollectedRecord {
  id: string;
  translationOf?: string;
  warnings: Problem[];
  entries: CollectedEntries;
}

/** Records by file, in the build cache. */
export interface CollectedCache {
  get(shown: string, sha256: string): CollectedRecord | undefined;
  set(shown: string, sha256: string, record: CollectedRecord): void;
}

/**
 * Records in `cache`, under a key made of `basis` (a fingerprint of the settings, the outputs and
 * the code, which decide the entries), the file's shown name (its warnings carry it) and its bytes.
 */
export function collectedCacheIn(cache: Cache, basis: string): CollectedCache {
  const key = (shown: string, sha256: string) =>
    `collected-${createHash("sha256").update(`${basis}\0${shown}\0${sha256}`).digest("hex")}`;
  return {
    get(shown, sha256) {
      const bytes = cache.get(key(shown, sha256));
      if (!bytes) return undefined;
      try {
        return JSON.parse(Buffer.from(bytes).toString("utf8")) as CollectedRecord;
      } catch {
        // A damaged record: the document is loaded again.
        return undefined;
      }
    },
    set(shown, sha256, record) {
      try {
        cache.set(key(shown, sha256), JSON.stringify(record));
      } catch {
        // A cache folder that cannot be written only makes the next build slower.
      }
    },
  };
}
