import { urlProblem } from "@belarusbrief/core";
import type { Notes, Path } from "./draft.js";

/**
 * Replaces every address the model would refuse (`javascript:`, a bare word with a colon, a broken
 * URL) by the placeholder `#`, with a note quoting what was there: the document still loads, and
 * `validate` asks for the real address. Safe addresses and placeholders are left as they are.
 */
export function checkLinks(value: unknown, notes: Notes, path: Path = []): void {
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) checkLinks(item, notes, [...path, i]);
    return;
  }
  if (value === null || typeof value !== "object") return;
  const node = value as Record<string, unknown>;
  for (const [key, child] of Object.entries(node)) {
    if ((key === "url" || key === "online") && typeof child === "string") {
      const problem = urlProblem(child);
      if (problem || child.length > 2048) {
        node[key] = "#";
        notes.guess(
          [...path, key],
          notes.lineOf([...path, key]),
          `"${child.slice(0, 60)}" is not a usable address; find the real one`,
        );
      }
    } else checkLinks(child, notes, [...path, key]);
  }
}
