import type { FieldPath } from "@belarusbrief/core";

/** A stretch of text with one formatting. Posts link nothing but the document's page. */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  strike?: boolean;
  code?: boolean;
  /** The document's page: the only address a post links to. */
  href?: string;
  /** A hashtag's tag, without "#": `PoliticalPrisoners`. */
  tag?: string;
}

/** One line of a post: a paragraph, a list item, a line of a quotation or of preformatted text. */
export interface Line {
  runs: Run[];
  /** "• ", "2. ": printed before the first words of the line. */
  prefix?: string;
  quote?: boolean;
  pre?: boolean;
  /** Goes with the line before it (an attribution, a date): a post does not end between them if it can help it. */
  glued?: boolean;
  /** The field it shows, when more precise than its unit's, for errors. */
  path?: FieldPath;
}

/**
 * Lines that belong together — a paragraph, a list, a statistic with its date — separated from the
 * next unit by a blank line. `path` is the field it shows, for errors.
 */
export interface Unit {
  lines: Line[];
  path: FieldPath;
  /** A heading: kept with what follows it when a post is split. */
  heading?: boolean;
  /** Never split inside (the link line). */
  whole?: boolean;
}

export function run(text: string, marks: Omit<Run, "text"> = {}): Run {
  return { text, ...marks };
}

export function line(runs: Run[], extra: Omit<Line, "runs"> = {}): Line {
  return { runs, ...extra };
}

export function unit(path: FieldPath, lines: Line[], extra: Omit<Unit, "lines" | "path"> = {}): Unit {
  return { lines, path, ...extra };
}

/** The text of runs, formatting left out. */
export function runsText(runs: readonly Run[]): string {
  return runs.map((r) => r.text).join("");
}

/** Whether two runs have the same formatting, so they can be written as one. */
export function sameMarks(a: Run, b: Run): boolean {
  return (
    a.bold === b.bold &&
    a.italic === b.italic &&
    a.strike === b.strike &&
    a.code === b.code &&
    a.href === b.href &&
    a.tag === b.tag
  );
}
