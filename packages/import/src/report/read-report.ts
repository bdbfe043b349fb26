import type { Block } from "../blocks/block.js";
import type { Context } from "../context.js";
import type { DraftDocument } from "../draft.js";
import { detectLocale } from "../text/locale.js";
import { ImportError } from "../types.js";
import { letterRange } from "./appeal.js";
import { assemble } from "./assemble.js";
import { documentDate } from "./document-date.js";
import { readHead } from "./head.js";
import { attachLetter } from "./letter.js";
import { type Pending, pending, type ReportKind } from "./pending.js";
import { readBody } from "./read-body.js";

export type { ReportKind } from "./pending.js";

/**
 * A press release, statement or appeal shaped like seeds 001, 002 and 004: title (and the kind's
 * label), dateline, introduction, sections under headings or questions, demands by addressee,
 * testimonies with who gave them, counts as statistics, "Further reading" as links; for an appeal,
 * each call to sign as an action carrying the letter. Whatever is not recognised stays as text.
 */
export function readReport(blocks: readonly Block[], kind: ReportKind, context: Context): DraftDocument {
  const { notes } = context;
  const head = readHead(blocks, context);
  if (!head) throw new ImportError([{ file: context.file, message: "the text is empty: there is nothing to import" }]);
  const found = context.date ? { date: context.date } : head.date ? { date: head.date } : documentDate(context.text);
  if (!found)
    throw new ImportError([
      {
        file: context.file,
        line: blocks[0]?.line,
        message: "no date found in the text; give the publication date with --date YYYY-MM-DD",
      },
    ]);
  if ("guess" in found && found.guess) notes.guess(["date"], blocks[0]?.line, found.guess);
  let rest = head.rest;
  let letter: Pending | undefined;
  const range = kind === "appeal" ? letterRange(rest) : undefined;
  // The document's language is that of its title and first paragraphs, the letter left aside.
  const opening = (range ? rest.slice(0, range.start) : rest).slice(0, 5).map((b) => b.text);
  const locale = detectLocale([head.title, ...opening].join("\n")) ?? "en";
  if (range) {
    const letterBlocks = rest.slice(range.start, range.end);
    const text = letterBlocks.map((b) => b.text).join("\n\n");
    const letterLocale = detectLocale(text) ?? locale;
    const line = letterBlocks[0]?.line ?? 1;
    letter = pending(line, { entries: [{ kind: "text", text, line }] });
    if (letterLocale !== locale) letter.locale = letterLocale;
    rest = [...rest.slice(0, range.start), ...rest.slice(range.end)];
  }

  const { intro, sections, links, author } = readBody(rest, kind, context);
  if (letter) attachLetter(letter, [...intro, ...sections.flatMap((s) => s.entries)], sections, context);

  return assemble({ kind, head, date: found.date, locale, intro, sections, links, author, context });
}
