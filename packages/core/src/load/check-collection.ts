import type { Problem } from "../problem.js";
import type { LoadResult } from "./load-document.js";

/** Errors that only show across files: two documents with the same id. */
export function checkCollection(results: readonly LoadResult[]): Problem[] {
  const first = new Map<string, string>();
  const problems: Problem[] = [];
  for (const result of results) {
    if (!result.ok) continue;
    const { id } = result.document;
    const seen = first.get(id);
    if (seen === undefined) {
      first.set(id, result.file);
      continue;
    }
    problems.push({
      severity: "error",
      file: result.file,
      ...result.locate(["id"]),
      path: "id",
      message: `id "${id}" is already used by ${seen}; every document needs its own id`,
    });
  }
  return problems;
}
