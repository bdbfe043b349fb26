import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** A store of bytes by content hash, kept between builds so unchanged work is reused. */
export interface Cache {
  get(key: string): Uint8Array | undefined;
  set(key: string, value: Uint8Array | string): void;
}

/**
 * The build cache in `node_modules/.cache/belarusbrief` (or `.belarusbrief-cache` where there is
 * no node_modules). Entries are named by the hash of everything that produced them, so a stale
 * entry is never read; nothing is evicted.
 */
export function fileCache(cwd = process.cwd()): Cache {
  const dir = existsSync(join(cwd, "node_modules"))
    ? join(cwd, "node_modules", ".cache", "belarusbrief")
    : join(cwd, ".belarusbrief-cache");
  return {
    get(key) {
      const path = join(dir, key);
      return existsSync(path) ? readFileSync(path) : undefined;
    },
    set(key, value) {
      mkdirSync(dir, { recursive: true });
      const temporary = join(dir, `${key}.${process.pid}.tmp`);
      writeFileSync(temporary, value);
      renameSync(temporary, join(dir, key));
    },
  };
}

/** A cache that keeps nothing, for tests and `--no-cache`. */
export const noCache: Cache = { get: () => undefined, set: () => {} };
