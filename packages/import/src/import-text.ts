import { IsoDate, LIMITS } from "@belarusbrief/core";
import type { Block } from "./blocks/block.js";
import { markdownBlocks } from "./blocks/markdown-blocks.js";
import { textBlocks } from "./blocks/text-blocks.js";
import { readBrief } from "./brief/read-brief.js";
import type { Context } from "./context.js";
import { addCounts, noCounts } from "./counts.js";
import { detectKind } from "./detect-kind.js";
import { type DraftDocument, Notes } from "./draft.js";
import { finishDocument } from "./finish-document.js";
import { readNews } from "./news/read-news.js";
import { readReport } from "./report/read-report.js";
import { isBlank, MAX_INPUT_CHARACTERS, normalizeText } from "./text/normalize.js";
import { casingOf, hasWords, plainWords } from "./text/words.js";
import { ImportError, type ImportedDocument, type ImportOptions, type ImportResult } from "./types.js";

/**
 * Turns a text the team has published (Markdown or plain text) into documents in the authoring
 * format: one per input document, or one per item of a news stream. Pure: no file system, no
 * clock. Every value the importer had to infer carries a `# imported: …` comment in the YAML and
 * a note; every document is loaded back with the core's loader before it is returned.
 *
 * Throws {@link ImportError} for a text that cannot be imported (empty, too large, nested too
 * deeply, a brief without a month, a document without a date), saying where and how to fix it.
 */
export function importText(input: string, options: ImportOptions = {}): ImportResult {
  const file = options.file ?? "input";
  const fail = (message: string, line?: number): never => {
    throw new ImportError([{ file, ...(line === undefined ? {} : { line }), message }]);
  };
  if (input.length > MAX_INPUT_CHARACTERS)
    fail(
      `the text is ${input.length} characters long, more than the ${MAX_INPUT_CHARACTERS} an import reads; split it into several files`,
    );
  if (options.date !== undefined && !IsoDate.safeParse(options.date).success)
    fail(`the date "${options.date}" must be a real date written as YYYY-MM-DD, e.g. 2021-03-25`);
  const { text, removed } = normalizeText(input);
  if (!hasWords(text)) fail("the text is empty: there is nothing to import");

  const detected = options.kind ? { kind: options.kind, reason: "given" } : detectKind(text);
  const pageNotes = new Notes();
  if (removed > 0)
    pageNotes.dropped(
      undefined,
      `${removed} invisible control or direction character${removed === 1 ? "" : "s"} removed`,
    );
  const base = { file, text, casing: casingOf(text), ...(options.date ? { date: options.date } : {}) };

  let drafts: { draft: DraftDocument; notes: Notes }[];
  if (detected.kind === "news") {
    drafts = readNews(text, pageNotes);
    if (drafts.length === 0)
      fail('no news items found: each item needs a headline line, then a date line such as "Feb 04, 2024"');
  } else {
    const context: Context = { ...base, notes: pageNotes };
    if (detected.kind === "brief") {
      const draft = readBrief(blocksOf(text, true, file), context);
      if (!draft)
        fail('no month found for the brief: write it under the title ("…, FEBRUARY 2021") or give --date YYYY-MM-DD');
      drafts = [{ draft: draft as DraftDocument, notes: pageNotes }];
    } else {
      drafts = [
        { draft: readReport(blocksOf(text, looksLikeMarkdown(text), file), detected.kind, context), notes: pageNotes },
      ];
    }
  }

  if (!options.kind)
    for (const { notes } of drafts) notes.guess(["kind"], 1, `detected from ${detected.reason}; give --kind to choose`);
  const documents: ImportedDocument[] = drafts.map(({ draft, notes }) =>
    finishDocument(draft, notes, { file, ...(options.schema ? { schema: options.schema } : {}) }),
  );
  const dropped = [
    ...(detected.kind === "news" ? pageNotes.toImportNotes() : []),
    ...documents.flatMap((d) => d.notes),
  ].filter((n) => n.kind === "dropped");
  return {
    documents,
    summary: {
      kind: detected.kind,
      kindReason: detected.reason,
      documents: documents.length,
      recognised: documents.reduce((sum, d) => addCounts(sum, d.counts), noCounts()),
      plainText: documents.reduce((sum, d) => sum + d.plainText, 0),
      guesses: documents.reduce((sum, d) => sum + d.notes.filter((n) => n.kind === "guess").length, 0),
      dropped,
    },
  };
}

/** True when the text uses Markdown's block syntax (headings, rules), so it is read as Markdown. */
function looksLikeMarkdown(text: string): boolean {
  return /^#{1,6}\s+\S/m.test(text) || /^\s*\[[^\]]+\]\([^)]+\)/m.test(text);
}

function blocksOf(text: string, markdown: boolean, file: string): Block[] {
  // A heading too long for a heading field is a paragraph: cutting it would lose words. A block
  // with nothing visible in it (a stray format character) is no block.
  return readBlocks(text, markdown, file)
    .filter((block) => block.type === "rule" || !isBlank(plainWords(block.text)))
    .map((block) =>
      block.type === "heading" && plainWords(block.text).length > LIMITS.plainText
        ? { ...block, type: "paragraph" }
        : block,
    );
}

function readBlocks(text: string, markdown: boolean, file: string): Block[] {
  if (!markdown) return textBlocks(text);
  const deep = deepestNesting(text);
  if (deep)
    throw new ImportError([
      {
        file,
        line: deep,
        message: "the Markdown here is nested too deeply to read (quotes or lists inside each other); simplify it",
      },
    ]);
  try {
    return markdownBlocks(text);
  } catch (error) {
    if (error instanceof RangeError)
      throw new ImportError([
        { file, message: "the Markdown is nested too deeply to read; simplify the quotes and lists" },
      ]);
    throw error;
  }
}

/** The first line that nests block quotes or lists more than 40 levels deep, or undefined. */
function deepestNesting(text: string): number | undefined {
  const lines = text.split("\n");
  const index = lines.findIndex((line) => {
    const markers = /^(?:\s*(?:>|[-*+]\s|\d{1,9}[.)]\s))*/.exec(line)?.[0] ?? "";
    return (markers.match(/>|[-*+]\s|\d[.)]\s/g)?.length ?? 0) > 40 || /^\s{160,}\S/.test(line);
  });
  return index < 0 ? undefined : index + 1;
}
