import { type DocumentInput, formatPath } from "@belarusbrief/core";
import type { ImportNote, NoteKind } from "./types.js";

/** Documents as written in YAML (before the schema's defaults), which is what the importer produces. */
export type DraftDocument = DocumentInput;
type BriefInput = Extract<DocumentInput, { kind: "brief" }>;
export type DraftSection = NonNullable<BriefInput["sections"]>[number];
export type DraftItem = NonNullable<DraftSection["items"]>[number];
export type DraftStatistic = NonNullable<DraftSection["statistics"]>[number];
export type DraftEvent = NonNullable<DraftSection["events"]>[number];
export type DraftAction = NonNullable<DraftSection["actions"]>[number];
export type DraftReport = NonNullable<DraftSection["reports"]>[number];
export type DraftRecommendation = NonNullable<DraftSection["recommendations"]>[number];
export type DraftLink = NonNullable<DraftSection["links"]>[number];
export type DraftQuote = NonNullable<BriefInput["lead"]>;
export type DraftSource = NonNullable<DraftItem["sources"]>[number];

/** A field path in a draft document. */
export type Path = readonly (string | number)[];

/** A note with its path still as an array, so comments can be attached to YAML nodes. */
export interface DraftNote {
  kind: NoteKind;
  path: Path;
  line?: number;
  message: string;
}

/**
 * Collects what the editor must know while a document is built: guesses (written as comments),
 * paragraphs kept as plain text, text left out; and where each part came from in the input, so a
 * validation error can name the input's line.
 */
export class Notes {
  readonly list: DraftNote[] = [];
  readonly origins: { path: Path; line: number }[] = [];
  plainText = 0;

  guess(path: Path, line: number | undefined, message: string): void {
    this.list.push({ kind: "guess", path, line, message });
  }

  plain(path: Path, line: number | undefined, message = "kept as text: no structure recognised"): void {
    this.plainText++;
    this.list.push({ kind: "plain-text", path, line, message });
  }

  dropped(line: number | undefined, message: string): void {
    this.list.push({ kind: "dropped", path: [], line, message });
  }

  from(path: Path, line: number): void {
    this.origins.push({ path, line });
  }

  /** The input line of `path`, of its nearest recorded parent, or else of its first recorded part. */
  lineOf(path: readonly PropertyKey[]): number | undefined {
    let best: { length: number; line: number } | undefined;
    let firstPart: number | undefined;
    for (const { path: o, line } of this.origins) {
      const shared = Math.min(o.length, path.length);
      if (!o.slice(0, shared).every((segment, i) => String(segment) === String(path[i]))) continue;
      if (o.length > path.length) firstPart = Math.min(firstPart ?? line, line);
      else if (!best || o.length > best.length) best = { length: o.length, line };
    }
    return best && best.length > 0 ? best.line : (firstPart ?? best?.line);
  }

  /** The notes in the public form. */
  toImportNotes(): ImportNote[] {
    return this.list.map(({ kind, path, line, message }) => ({
      kind,
      path: formatPath(path),
      ...(line === undefined ? {} : { line }),
      message,
    }));
  }
}
