import type { Problem } from "../problem.js";
import type { Document } from "../schema/document.js";

/**
 * What {@link checkCollection} needs of one loaded file: a `LoadResult`, or just the identity of
 * its document and where its fields are, for a caller that does not keep every document.
 */
export type CollectionMember =
  | {
      ok: true;
      file: string;
      document: Pick<Document, "id" | "translationOf">;
      locate: (path: readonly PropertyKey[]) => { line: number; column: number };
    }
  | { ok: false };

/** Errors that only show across files: two documents with the same id, a translation of a missing document. */
export function checkCollection(results: readonly CollectionMember[]): Problem[] {
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
