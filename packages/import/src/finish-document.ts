import { KIND_PATHS, loadDocument } from "@belarusbrief/core";
import { checkLinks, checkTextLinks } from "./check-links.js";
import { countParts } from "./counts.js";
import type { DraftDocument, Notes } from "./draft.js";
import { inReadingOrder } from "./key-order.js";
import { ImportError, type ImportedDocument, type ImportProblem } from "./types.js";
import { writeYaml } from "./write-yaml.js";

/** What {@link finishDocument} needs besides the draft. */
export interface Finishing {
  file: string;
  schema?: string;
}

/**
 * Writes a draft as YAML and loads it back with the core's loader: the document returned is what
 * `validate` will see. Errors (a text over the model's limits) are reported at the input's line.
 */
export function finishDocument(draft: DraftDocument, notes: Notes, finishing: Finishing): ImportedDocument {
  checkLinks(draft, notes);
  checkTextLinks(draft, notes);
  const ordered = inReadingOrder(draft);
  const path = pathOf(ordered);
  const header = [
    ...(finishing.schema
      ? [`yaml-language-server: $schema=${"../".repeat(path.split("/").length - 1)}${finishing.schema}`]
      : []),
    `Imported from ${finishing.file.split(/[\\/]/).at(-1)} by belarusbrief import: check each line marked "imported:", then delete the mark.`,
  ];
  const yaml = writeYaml(ordered, notes.list, header);
  const loaded = loadDocument(yaml, path);
  if (!loaded.ok) {
    const problems: ImportProblem[] = loaded.errors.map((error) => ({
      file: finishing.file,
      ...lineOf(notes, error.path),
      message: `the document made from it would not load: ${error.path || "(document)"} ${error.message}`,
    }));
    throw new ImportError(problems);
  }
  return {
    path,
    yaml,
    document: loaded.document,
    notes: notes.toImportNotes(),
    counts: countParts(loaded.document),
    plainText: notes.plainText,
  };
}

/** Where a document is written, relative to the content folder. */
function pathOf(draft: DraftDocument): string {
  if (draft.kind === "brief") return `${draft.id}-brief.yaml`;
  if (draft.kind === "news-item") return `${KIND_PATHS["news-item"]}/${draft.id}.yaml`;
  return `${draft.id}.yaml`;
}

function lineOf(notes: Notes, path: string): { line?: number } {
  const segments = [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) =>
    m[2] === undefined ? (m[1] ?? "") : Number(m[2]),
  );
  const line = notes.lineOf(segments);
  return line === undefined ? {} : { line };
}
