import { type LoadResult, loadDocument, type Problem } from "../src/index.js";

/** Loads YAML given as lines, so a test can say which line a problem is on. */
export function load(...lines: string[]): LoadResult {
  return loadDocument(`${lines.join("\n")}\n`, "test.yaml");
}

/** The errors of a result that must have failed. */
export function errorsOf(result: LoadResult): Problem[] {
  if (result.ok) throw new Error("expected the document to fail validation");
  return result.errors;
}

/** The start of a valid brief, five lines. */
export const BRIEF_HEAD = ["kind: brief", "id: 2021-02", "locale: en", "title: BelarusBrief", "period: 2021-02"];
