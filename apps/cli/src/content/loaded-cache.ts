import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import type { Document, Problem, RichText } from "@belarusbrief/core";
import { codeFingerprint } from "@belarusbrief/core/fingerprint";
import type { Cache } from "../cache.js";

/** What loading one valid file gives, apart from where its fields are (found again when needed). */
export interface CachedLoad {
  document: Document;
  text: ReadonlyMap<string, RichText>;
  warnings: Problem[];
}

/**
 * Loaded documents by the content of their file: loading (YAML, schema, Markdown) is pure, so a
 * file whose bytes, shown name and loader are unchanged loads as it did before.
 */
export interface LoadedCache {
  get(key: string): CachedLoad | undefined;
  set(key: string, value: CachedLoad): void;
}

/**
 * The key of a file's load: its shown name (warnings carry it), its bytes, and the code of the
 * loader (core and the YAML and schema libraries it loads with).
 */
export function loadKey(shown: string, source: string | Buffer): string {
  return createHash("sha256").update(`${loaderVersion()}\0${shown}\0`).update(source).digest("hex");
}

/** Loaded documents kept in the build cache between runs, as JSON (documents and rich text are plain JSON). */
export function loadedCacheIn(cache: Cache): LoadedCache {
  return {
    get(key) {
      const bytes = cache.get(`loaded-${key}`);
      if (!bytes) return undefined;
      try {
        const stored = JSON.parse(Buffer.from(bytes).toString("utf8")) as Stored;
        return { document: stored.document, text: new Map(stored.text), warnings: stored.warnings };
      } catch {
        // A damaged entry is loaded again.
        return undefined;
      }
    },
    set(key, value) {
      const stored: Stored = { document: value.document, text: [...value.text], warnings: value.warnings };
      try {
        cache.set(`loaded-${key}`, JSON.stringify(stored));
      } catch {
        // A cache folder that cannot be written only makes the next build slower.
      }
    },
  };
}

/** Loaded documents kept in memory, for a process that loads the same folder again and again (preview). */
export function loadedCacheInMemory(): LoadedCache {
  const entries = new Map<string, CachedLoad>();
  return {
    get: (key) => entries.get(key),
    set(key, value) {
      entries.set(key, value);
    },
  };
}

type Stored = { document: Document; text: [string, RichText][]; warnings: Problem[] };

let version: string | undefined;

// The loader is core's code with the libraries it parses with, as core resolves them. Asked for
// every file of every build and preview refresh, so worked out once.
function loaderVersion(): string {
  if (version === undefined) {
    const core = pathToFileURL(createRequire(import.meta.url).resolve("@belarusbrief/core")).href;
    version = codeFingerprint(core, { versions: ["yaml", "zod", "marked"] });
  }
  return version;
}
