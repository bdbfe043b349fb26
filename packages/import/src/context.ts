import type { Notes } from "./draft.js";
import type { Casing } from "./text/words.js";

/** What every reader gets besides the blocks. */
export interface Context {
  /** Name of the input, for messages. */
  file: string;
  /** The whole input text (normalised), for facts that span blocks such as the years it mentions. */
  text: string;
  /** The publication date given by the caller, for a text that names none. */
  date?: string;
  notes: Notes;
  /** How the text writes its words, to put lines written in capitals back into normal case. */
  casing: Casing;
}

/** Unique ids within one collection of a document: `boston`, `boston-2`. */
export class Ids {
  private readonly used = new Set<string>();

  take(base: string): string {
    let id = base;
    for (let n = 2; this.used.has(id); n++) id = `${base}-${n}`;
    this.used.add(id);
    return id;
  }
}
