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
import { type LoadedCache, loadKey } from "./loaded-cache.js";

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

/**
 * Loads and validates every file; a broken file reports itself and the others still load. With a
 * `cache`, a file loaded before with the same bytes is taken from it.
 */
export function loadContent(files: readonly string[], cwd = process.cwd(), cache?: LoadedCache): LoadedContent {
  const results = files.map((file) => loadFile(file, cwd, cache));
  const errors = [...results.flatMap((r) => (r.ok ? [] : r.errors)), ...checkCollection(results)];
  const warnings = results.flatMap((r) => r.warnings);
  const documents = results.flatMap((result) => (result.ok ? [result.loaded] : []));
  return { documents, errors: sortProblems(errors), warnings: sortProblems(warnings) };
}

/** One file loaded: the document, or its errors; its warnings either way. */
export type FileLoad =
  | {
      ok: true;
      file: string;
      document: Document;
      loaded: LoadedDocument;
      warnings: Problem[];
      locate: LoadedDocument["locate"];
    }
  | { ok: false; file: string; errors: Problem[]; warnings: Problem[] };

/** Loads and validates one file (see {@link loadContent}). */
export function loadFile(file: string, cwd = process.cwd(), cache?: LoadedCache): FileLoad {
  const shown = relative(cwd, file) || file;
  let source: Buffer;
  try {
    source = readFileSync(file);
  } catch (error) {
    const message = `cannot read the file: ${(error as Error).message}`;
    return {
      ok: false,
      file: shown,
      errors: [{ severity: "error", file: shown, line: 1, column: 1, path: "", message }],
      warnings: [],
    };
  }
  const key = cache ? loadKey(shown, source) : "";
  let load = cache?.get(key);
  if (!load) {
    const result = loadDocument(source.toString("utf8"), shown);
    if (!result.ok) return result;
    load = { document: result.document, text: result.text, warnings: result.warnings };
    cache?.set(key, load);
  }
  const locate = locateLater(file, shown);
  const loaded: LoadedDocument = { document: load.document, text: load.text, file: shown, dir: dirname(file), locate };
  return { ok: true, file: shown, document: load.document, loaded, warnings: load.warnings, locate };
}

// The loader's `locate` holds the file's whole YAML tree; a build of thousands of documents keeps
// only the documents, and reads the file again in the rare case a problem found later needs a line.
export function locateLater(path: string, shown: string): LoadedDocument["locate"] {
  let located: LoadedDocument["locate"] | undefined;
  return (fieldPath) => {
    if (!located) {
      const again = loadDocument(readFileSync(path, "utf8"), shown);
      located = again.ok ? again.locate : () => ({ line: 1, column: 1 });
    }
    return located(fieldPath);
  };
}
