import { FieldError, formatPath, type Problem } from "@belarusbrief/core";
import type { LoadedDocument } from "./types.js";

/** A rendering problem located in the document's file, e.g. a title too long for a card. */
export class DocumentBuildError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.message);
  }
}

/**
 * Runs `render` for one document; a {@link FieldError} it throws becomes a {@link DocumentBuildError}
 * at the field's `file:line:column`, so the editor sees where to fix it.
 */
export async function forDocument<T>(doc: LoadedDocument, render: () => Promise<T>): Promise<T> {
  try {
    return await render();
  } catch (error) {
    if (!(error instanceof FieldError)) throw error;
    const { line, column } = doc.locate(error.path);
    throw new DocumentBuildError({
      severity: "error",
      file: doc.file,
      line,
      column,
      path: formatPath(error.path),
      message: error.message,
    });
  }
}
