import type { Locale } from "@belarusbrief/core";
import type { DraftAction, DraftItem, DraftRecommendation, Path } from "../draft.js";

export type ReportKind = "press-release" | "statement" | "appeal";

/** A paragraph kept as text, or an item already made (a testimony). */
export type Entry =
  | { kind: "text"; text: string; line: number }
  | { kind: "item"; item: DraftItem; line: number; note?: (path: Path) => void };

/** A section while it is read; its paths are only known once every section is. */
export interface Pending {
  heading?: string;
  line: number;
  entries: Entry[];
  recommendations: { value: DraftRecommendation; line: number }[];
  actions: { value: DraftAction; line: number; note: (path: Path) => void }[];
  /** Holds only demands (a "… CALLS ON … TO:" block); the next demands join it. */
  demands?: boolean;
  /** Holds the numbers of the introduction. */
  figures?: boolean;
  /** Language of its text, when it differs from the document's (a letter). */
  locale?: Locale;
  /** Id of a section without a heading. */
  name?: string;
  /** The heading was written in capitals. */
  capitals?: boolean;
  /** Text read only for its numbers (a letter carried by the actions). */
  numbers?: { text: string; line: number };
}

/** A pending section with nothing in it yet. */
export function pending(line: number, more: Partial<Pending> = {}): Pending {
  return { line, entries: [], recommendations: [], actions: [], ...more };
}
