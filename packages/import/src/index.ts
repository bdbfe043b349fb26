export { type DetectedKind, detectKind } from "./detect-kind.js";
export { importText } from "./import-text.js";
export { MAX_INPUT_CHARACTERS } from "./text/normalize.js";
export {
  type Counts,
  formatImportProblem,
  IMPORT_KINDS,
  ImportError,
  type ImportedDocument,
  type ImportKind,
  type ImportNote,
  type ImportOptions,
  type ImportProblem,
  type ImportResult,
  type ImportSummary,
  type NoteKind,
} from "./types.js";
