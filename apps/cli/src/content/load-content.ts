import { readFileSync } from "node:fs";
import { dirname, relative } from "node:path";
import {
  checkCollection,
  type Document,
  loadDocument,
  type Problem,
  type RichText,
  sortProblems,
} from "@belarusbrief/core";

/** A validated document with the file it came from. */
export interface LoadedDocument {
  document: Document;
  /** Its Markdown fields, parsed once by the loader. */
  text: ReadonlyMap<string, RichText>;
  /** Path of the YAML file, as shown in messages. */
  file: string;
  /** Folder of the YAML file. */
  dir: string;
  /** Where a field path is in the file. */
  locate: (path: readonly PropertyKey[]) => { line: number; column: number };
}

/** Every document that loaded, and every problem of every file. */
export interface LoadedContent {
  documents: LoadedDocument[];
  errors: Problem[];
  warnings: Problem[];
}

/** Loads and validates every file; a broken file reports itself and the others still load. */
export function loadContent(files: readonly string[], cwd = process.cwd()): LoadedContent {
  const results = files.map((file) => {
    const shown = relative(cwd, file) || file;
    let text: string;
    try {
      text = readFileSync(file, "utf8");
    } catch (error) {
      const message = `cannot read the file: ${(error as Error).message}`;
      return {
        ok: false as const,
        file: shown,
        errors: [{ severity: "error" as const, file: shown, line: 1, column: 1, path: "", message }],
        warnings: [],
      };
    }
    return loadDocument(text, shown);
  });
  const errors = [...results.flatMap((r) => (r.ok ? [] : r.errors)), ...checkCollection(results)];
  const warnings = results.flatMap((r) => r.warnings);
  const documents: LoadedDocument[] = [];
  results.forEach((result, index) => {
    if (result.ok)
      documents.push({
        document: result.document,
        text: result.text,
        file: result.file,
        dir: dirname(files[index] ?? ""),
        locate: result.locate,
      });
  });
  return { documents, errors: sortProblems(errors), warnings: sortProblems(warnings) };
}
