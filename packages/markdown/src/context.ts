import type { ResolvedDocument } from "@belarusbrief/core";
import type { Heading } from "mdast";
import { heading, plain } from "./mdast.js";
import type { ResolvedOptions } from "./options.js";

/** What every part of a rendering needs. */
export interface Context {
  doc: ResolvedDocument;
  /** Added to every heading level. */
  offset: number;
}

export function createContext(doc: ResolvedDocument, options: ResolvedOptions): Context {
  return { doc, offset: options.headingOffset };
}

/** A heading of plain `words` at `level` (1 for the title, the view's levels for the rest), shifted by the offset. */
export function headingAt(ctx: Context, level: number, words: string): Heading {
  return heading(level + ctx.offset, [plain(words)]);
}
