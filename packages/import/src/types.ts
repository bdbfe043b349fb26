import type { Document } from "@belarusbrief/core";

/** What an input file holds. `news` is a stream of dated items; each becomes its own news-item document. */
export const IMPORT_KINDS = ["brief", "news", "press-release", "statement", "appeal"] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** Options of {@link importText}. */
export interface ImportOptions {
  /** What the text is; detected from the text when not given. */
  kind?: ImportKind;
  /** Name of the input, used in messages (`old/2021-02.md:14`). Default `input`. */
  file?: string;
  /** Publication date (`YYYY-MM-DD`) for a document whose text names none. */
  date?: string;
  /**
   * Path from the folder the documents are written to, to `@belarusbrief/core/schema/document.json`,
   * e.g. `../node_modules/@belarusbrief/core/schema/document.json`. When given, each file starts
   * with a `yaml-language-server` line pointing at it (adjusted for `news/`), so editors complete fields.
   */
  schema?: string;
}

/** Why a note was made. */
export type NoteKind =
  /** A value the importer inferred; the editor should check it. Written as a `# imported:` comment. */
  | "guess"
  /** Text kept as plain text because no structure was recognised in it. */
  | "plain-text"
  /** Text of the input that is not in the document (a web-page artefact, the kind's own label). */
  | "dropped";

/** One thing the editor should know about an imported document. */
export interface ImportNote {
  kind: NoteKind;
  /** Field path in the document, e.g. `sections[1].statistics[0].value`; empty for the whole document. */
  path: string;
  /** 1-based line of the input the value comes from, when known. */
  line?: number;
  message: string;
}

/** How many of each part were recognised. */
export interface Counts {
  sections: number;
  items: number;
  statistics: number;
  events: number;
  actions: number;
  reports: number;
  quotes: number;
  recommendations: number;
  links: number;
  sources: number;
}

/** One document made from the input. */
export interface ImportedDocument {
  /** Where to write it, relative to the content folder: `2021-02-brief.yaml`, `news/<id>.yaml`, `<id>.yaml`. */
  path: string;
  /** The YAML text, with `# imported:` comments on guessed values. Loads back to exactly `document`. */
  yaml: string;
  /** The document as `loadDocument` returns it. */
  document: Document;
  notes: ImportNote[];
  counts: Counts;
  /** Paragraphs of the input kept as plain text (an intro, a body, an item without recognised parts). */
  plainText: number;
}

/** What an import did, to print at the end. */
export interface ImportSummary {
  kind: ImportKind;
  /** How the kind was decided: `given`, or the words of the input that decided it. */
  kindReason: string;
  documents: number;
  recognised: Counts;
  plainText: number;
  guesses: number;
  dropped: ImportNote[];
}

/** The outcome of {@link importText}. */
export interface ImportResult {
  documents: ImportedDocument[];
  summary: ImportSummary;
}

/** A problem that stops an import, located in the input. */
export interface ImportProblem {
  file: string;
  line?: number;
  message: string;
}

/** Thrown when a text cannot be imported; every problem says where and how to fix it. */
export class ImportError extends Error {
  constructor(readonly problems: ImportProblem[]) {
    super(problems.map(formatImportProblem).join("\n"));
    this.name = "ImportError";
  }
}

/** `file:line  message`. */
export function formatImportProblem(problem: ImportProblem): string {
  return `${problem.file}${problem.line ? `:${problem.line}` : ""}  ${problem.message}`;
}
