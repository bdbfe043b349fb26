import type { Problem } from "../problem.js";
import type { LoadResult } from "./load-document.js";

/** Errors that only show across files: two documents with the same id, a translation of a missing document. */
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
  for (const result of results) {
    if (!result.ok || result.document.translationOf === undefined) continue;
    const original = result.document.translationOf;
    const message =
      original === result.document.id
        ? "a document cannot be a translation of itself"
        : first.has(original)
          ? undefined
          : `no document has the id "${original}"; give the id of the document this one translates`;
    if (message)
      problems.push({
        severity: "error",
        file: result.file,
        ...result.locate(["translationOf"]),
        path: "translationOf",
        message,
      });
  }
  return problems;
}
