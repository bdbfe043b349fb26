import { cleanText, needsCleaning, removedCharacters } from "./clean.js";

/** A text of a document that held characters {@link cleanText} removes. */
export interface CleanedField {
  path: (string | number)[];
  /** The characters removed, as `U+202E`. */
  removed: string[];
}

/**
 * `value` with {@link cleanText} applied to every string in it (object keys included), and where it
 * changed something. Parts that needed nothing are returned as they are, so a clean document comes
 * back unchanged and uncopied.
 */
export function cleanDocument<T>(value: T): { value: T; cleaned: CleanedField[] } {
  const cleaned: CleanedField[] = [];
  return { value: clean(value, [], cleaned) as T, cleaned };
}

function clean(value: unknown, path: (string | number)[], out: CleanedField[]): unknown {
  if (typeof value === "string") return cleanString(value, path, out);
  if (Array.isArray(value)) {
    let changed = false;
    const next = value.map((item, i) => {
      const c = cleanChild(item, path, i, out);
      if (c !== item) changed = true;
      return c;
    });
    return changed ? next : value;
  }
  if (value !== null && typeof value === "object") {
    let changed = false;
    const next: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      const c = cleanChild(item, path, key, out);
      const k = needsCleaning(key) ? cleanText(key) : key;
      if (c !== item || k !== key) changed = true;
      next[k] = c;
    }
    return changed ? next : value;
  }
  return value;
}

// A child's path is built only when it is a container or a string that needs cleaning: a clean
// document's leaves cost no allocation.
function cleanChild(item: unknown, path: (string | number)[], key: string | number, out: CleanedField[]): unknown {
  if (typeof item === "string") return needsCleaning(item) ? cleanString(item, [...path, key], out) : item;
  if (item === null || typeof item !== "object") return item;
  return clean(item, [...path, key], out);
}

function cleanString(value: string, path: (string | number)[], out: CleanedField[]): string {
  if (!needsCleaning(value)) return value;
  const removed = removedCharacters(value);
  if (removed.length > 0) out.push({ path, removed });
  return cleanText(value);
}
