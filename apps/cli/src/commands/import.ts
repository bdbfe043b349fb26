import { existsSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, join, relative, resolve } from "node:path";
import {
  type Counts,
  formatImportProblem,
  ImportError,
  type ImportKind,
  type ImportResult,
  importText,
} from "@belarusbrief/import";
import { parseDocument } from "yaml";
import { BUNDLED_CONTENT, findContentFiles } from "../content/find-files.js";
import { readTextFile } from "../content/read-text-file.js";
import { CliError, EXIT } from "../exit-codes.js";
import { styler } from "../style.js";
import { type NewFile, writeNewFiles } from "../write/write-new-files.js";

/** Options of `belarusbrief import`. */
export interface ImportOptions {
  kind?: ImportKind;
  /** Folder to write into; default: the content folder here. */
  out?: string;
  /** Publication date for texts that name none. */
  date?: string;
}

/**
 * Imports each text file as one or more documents in the content folder. Writes all of them or,
 * when any input cannot be imported, none. Never overwrites: a document whose file or id exists
 * already is reported and skipped. Returns the exit code.
 */
export function importFiles(inputs: readonly string[], options: ImportOptions): number {
  const cwd = process.cwd();
  const out = resolve(cwd, options.out ?? defaultContent(cwd));
  if (existsSync(out) && !statSync(out).isDirectory()) throw new CliError(`${options.out}: not a folder`, EXIT.usage);
  const schema = schemaPath(out);
  const s = styler(process.stderr);

  for (const input of inputs)
    if (!existsSync(resolve(cwd, input))) throw new CliError(`${input}: no such file`, EXIT.usage);

  const results: { input: string; result: ImportResult }[] = [];
  const failures: string[] = [];
  for (const input of inputs) {
    const file = readTextFile(resolve(cwd, input));
    if (!file.ok) {
      failures.push(`${input}: ${file.message}`);
      continue;
    }
    try {
      const result = importText(file.text, {
        file: input,
        ...(options.kind ? { kind: options.kind } : {}),
        ...(options.date ? { date: options.date } : {}),
        ...(schema ? { schema } : {}),
      });
      results.push({ input, result });
    } catch (error) {
      if (!(error instanceof ImportError)) throw error;
      failures.push(...error.problems.map(formatImportProblem));
    }
  }
  if (failures.length > 0) {
    for (const failure of failures) process.stderr.write(`${s.red(failure)}\n`);
    process.stderr.write(s.red(`nothing written: ${failures.length} problem${failures.length === 1 ? "" : "s"}\n`));
    return EXIT.content;
  }

  const taken = existingIds(out);
  const files: NewFile[] = [];
  const lines: string[] = [];
  for (const { result } of results) {
    const many = result.documents.length > 5;
    const before = files.length;
    for (const doc of result.documents) {
      const target = join(out, doc.path);
      const shown = relative(cwd, target) || target;
      const holder = taken.get(doc.document.id);
      if (holder || existsSync(target)) {
        const why = holder
          ? `the id "${doc.document.id}" is used by ${relative(cwd, holder) || holder}`
          : "the file exists";
        lines.push(s.yellow(`skipped ${shown}: ${why}`));
        continue;
      }
      taken.set(doc.document.id, target);
      files.push({ path: target, content: doc.yaml });
      const guesses = doc.notes.filter((n) => n.kind === "guess").length;
      if (!many)
        lines.push(
          `${s.green(`created ${shown}`)}  ${describe(doc.document.kind, doc.counts)}; ${plural(guesses, "guess")} marked`,
        );
    }
    const made = files.slice(before).map((f) => relative(cwd, dirname(f.path)) || ".");
    if (many && made.length > 0)
      lines.push(s.green(`created ${plural(made.length, "file")} in ${[...new Set(made)].join(", ")}`));
  }
  writeNewFiles(files);

  for (const line of lines) process.stderr.write(`${line}\n`);
  for (const { input, result } of results) process.stderr.write(summaryOf(input, result));
  process.stderr.write(
    files.length > 0
      ? `Next: read each line marked "# imported:", correct it and delete the mark, then run belarusbrief validate ${relative(cwd, out) || "."}\n`
      : "Nothing new to write.\n",
  );
  return EXIT.ok;
}

function defaultContent(cwd: string): string {
  for (const candidate of [BUNDLED_CONTENT, "content"]) if (existsSync(join(cwd, candidate))) return candidate;
  throw new CliError("no content folder here (content/); say where to write with --out <folder>", EXIT.usage);
}

/** Ids of the documents already in the folder (read leniently: a file with errors still holds its id). */
function existingIds(out: string): Map<string, string> {
  const ids = new Map<string, string>();
  if (!existsSync(out)) return ids;
  let files: string[];
  try {
    files = findContentFiles([out]);
  } catch (error) {
    if (error instanceof CliError && /no \.yaml files/.test(error.message)) return ids;
    throw error;
  }
  for (const file of files) {
    const id = parseDocument(readFileSync(file, "utf8")).get("id");
    if (typeof id === "string" && !ids.has(id)) ids.set(id, file);
  }
  return ids;
}

/** The schema's path relative to the output folder, when @belarusbrief/core is installed above it. */
function schemaPath(out: string): string | undefined {
  for (let dir = out; ; dir = dirname(dir)) {
    const candidate = join(dir, "node_modules/@belarusbrief/core/schema/document.json");
    if (existsSync(candidate)) return relative(out, candidate).split("\\").join("/");
    if (dirname(dir) === dir) return undefined;
  }
}

const LABELS: [keyof Counts, string][] = [
  ["sections", "section"],
  ["items", "item"],
  ["statistics", "statistic"],
  ["events", "event"],
  ["actions", "call to action"],
  ["reports", "report"],
  ["quotes", "quotation"],
  ["recommendations", "list of demands"],
  ["links", "link"],
  ["sources", "source"],
];

function describe(kind: string, counts: Counts): string {
  const parts = partsOf(counts);
  return parts ? `${kind}: ${parts}` : kind;
}

function partsOf(counts: Counts): string {
  return LABELS.filter(([key]) => counts[key] > 0)
    .map(([key, label]) => plural(counts[key], label))
    .join(", ");
}

function summaryOf(input: string, result: ImportResult): string {
  const { summary } = result;
  const recognised = [
    ...(summary.documents > 1 ? [plural(summary.documents, "document")] : []),
    ...(partsOf(summary.recognised) ? [partsOf(summary.recognised)] : []),
  ].join(", ");
  const lines = [
    `${basename(input)}: ${summary.kindReason === "given" ? summary.kind : `${summary.kind} (detected from ${summary.kindReason})`}`,
    `  recognised: ${recognised || "the title and the text"}`,
    `  kept as plain text: ${plural(summary.plainText, "paragraph")}; guesses to check: ${summary.guesses}`,
    ...summary.dropped.map((n) => `  ${n.line ? `line ${n.line}: ` : ""}${n.message}`),
  ];
  return `${lines.join("\n")}\n`;
}

function plural(n: number, word: string): string {
  if (n === 1) return `1 ${word}`;
  const irregular: Record<string, string> = {
    "call to action": "calls to action",
    "list of demands": "lists of demands",
    guess: "guesses",
  };
  const many = irregular[word] ?? `${word}s`;
  return `${n} ${many}`;
}
