import { LineCounter, parseDocument, visit, type Document as YamlDocument } from "yaml";
import type { z } from "zod";
import { type MarkdownField, markdownFields, titleFields } from "../model/markdown-fields.js";
import { formatPath, type Problem, sortProblems } from "../problem.js";
import { parseMarkdown, type TextProblem } from "../rich/parse.js";
import { parseTitle } from "../rich/title.js";
import type { RichText } from "../rich/types.js";
import { Document } from "../schema/document.js";
import { cleanDocument } from "../text/clean-document.js";
import { issueMessage, unknownKeyMessage } from "./issue-message.js";
import { type Finding, lintDocument } from "./lint.js";
import { positionOf, rangeOf } from "./positions.js";
import { syntaxProblems } from "./yaml-errors.js";

/** Options for {@link loadDocument}. */
export interface LoadOptions {
  /** Largest accepted file, in bytes. Default 1 MiB. */
  maxBytes?: number;
}

/** The outcome of loading one file: a typed document, or every error at once. Warnings come with both. */
export type LoadResult =
  | {
      ok: true;
      file: string;
      /** The document, its text cleaned of characters no output may carry. */
      document: Document;
      /** Every Markdown field parsed into rich text, by field path (`sections[0].intro`); pass it to `resolve`. */
      text: ReadonlyMap<string, RichText>;
      warnings: Problem[];
      /** Where a field path of the document is in the file, for reporting later problems (e.g. from rendering). */
      locate: (path: readonly PropertyKey[]) => { line: number; column: number };
    }
  | { ok: false; file: string; errors: Problem[]; warnings: Problem[] };

const DEFAULT_MAX_BYTES = 1024 * 1024;

/**
 * Parses and validates one YAML document. Never throws on bad input: every YAML syntax error,
 * schema error and warning is returned, each located at `file:line:column` with its field path.
 * Text is cleaned of characters no output may carry (each removal is a warning), and every
 * Markdown field is parsed once, its links checked where they are written.
 */
export function loadDocument(source: string, file: string, options: LoadOptions = {}): LoadResult {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const bytes = Buffer.byteLength(source, "utf8");
  if (bytes > maxBytes) {
    const message = `file is ${bytes} bytes, more than the ${maxBytes} allowed; split it into several documents`;
    return fail(file, [at(file, 1, 1, "", message)]);
  }

  const lines = new LineCounter();
  const yaml = parseDocument(source, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, version: "1.2" });
  const syntax = syntaxProblems(source, [...yaml.errors, ...yaml.warnings], lines).map((p) =>
    at(file, p.line, p.column, "", p.message),
  );
  if (syntax.length > 0) return fail(file, syntax);

  const circular = circularAlias(yaml);
  if (circular) {
    const { line, col } = lines.linePos(circular.offset);
    const message = `the alias *${circular.name} is inside the part it names (&${circular.name}), so it never ends; write that part out instead`;
    return fail(file, [at(file, line, col, "", message)]);
  }

  let value: unknown;
  try {
    value = yaml.toJS({ maxAliasCount: 50 });
  } catch (error) {
    return fail(file, [at(file, 1, 1, "", `YAML: ${firstLine((error as Error).message)}`)]);
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    return fail(file, [at(file, 1, 1, "", "a document is a set of fields (kind, id, title, …), one per line")]);
  }

  const cleaned = cleanDocument(value);
  const knownKeys = new Map<string, readonly string[]>();
  const parsed = Document.safeParse(cleaned.value, {
    error: (issue) => {
      if (issue.code === "unrecognized_keys") {
        const shape = (issue.inst as { _zod?: { def?: { shape?: object } } } | undefined)?._zod?.def?.shape ?? {};
        knownKeys.set(formatPath(issue.path ?? []), Object.keys(shape));
        return "unknown field";
      }
      return issueMessage(issue);
    },
  });

  const locate = (path: readonly PropertyKey[], key?: string) => positionOf(yaml, lines, path, key);
  if (!parsed.success) {
    const errors = parsed.error.issues.flatMap((issue) => toProblems(issue, file, locate, knownKeys));
    return fail(file, errors);
  }

  // The parser's strings are slices of the file's text, and any one of them held keeps the whole
  // text alive: a build that keeps only each document's id would keep every file. A copy holds
  // only its own characters.
  const document = structuredClone(parsed.data);
  const text = new Map<string, RichText>();
  const findings: Finding[] = [...lintDocument(document), ...cleaned.cleaned.map(invisible)];
  const problems = findings.map((finding) => {
    const { line, column } = locate(finding.path);
    return located(file, line, column, finding);
  });
  const report = (field: MarkdownField, found: readonly TextProblem[]) => {
    for (const problem of found) {
      const { line, column } =
        (problem.raw && inText(source, yaml, lines, field.path, problem.raw)) || locate(field.path);
      problems.push(located(file, line, column, { ...problem, path: [...field.path] }));
    }
  };
  for (const field of markdownFields(document)) {
    const { tree, problems: found } = parseMarkdown(field.text);
    text.set(formatPath(field.path), tree);
    report(field, found);
  }
  // A title's spans are read again by `resolve` (a few characters each); here only their languages are checked.
  for (const field of titleFields(document)) report(field, parseTitle(field.text).problems);
  const errors = problems.filter((p) => p.severity === "error");
  const warnings = sortProblems(problems.filter((p) => p.severity === "warning"));
  if (errors.length > 0) return { ok: false, file, errors: sortProblems(errors), warnings };
  return { ok: true, file, document, text, warnings, locate: (path) => locate(path) };
}

type Locate = (path: readonly PropertyKey[], key?: string) => { line: number; column: number };

function toProblems(
  issue: z.core.$ZodIssue,
  file: string,
  locate: Locate,
  knownKeys: Map<string, readonly string[]>,
): Problem[] {
  if (issue.code === "unrecognized_keys") {
    const known = knownKeys.get(formatPath(issue.path)) ?? [];
    return issue.keys.map((key) => {
      const { line, column } = locate(issue.path, key);
      return at(file, line, column, formatPath([...issue.path, key]), unknownKeyMessage(key, known));
    });
  }
  if (issue.code === "invalid_union" && issue.path.length === 1 && issue.path[0] === "kind") {
    const { line, column } = locate(issue.path);
    return [at(file, line, column, "kind", issue.message)];
  }
  const { line, column } = locate(issue.path);
  return [at(file, line, column, formatPath(issue.path), issue.message)];
}

function at(file: string, line: number, column: number, path: string, message: string): Problem {
  return { severity: "error", file, line, column, path, message };
}

function located(file: string, line: number, column: number, finding: Finding): Problem {
  return {
    ...at(file, line, column, formatPath(finding.path), finding.message),
    severity: finding.severity,
    rule: finding.rule,
  };
}

function invisible(field: { path: (string | number)[]; removed: string[] }): Finding {
  const [one] = field.removed;
  const what =
    field.removed.length === 1
      ? `the invisible character ${one} (a control or text-direction character) is`
      : `the invisible characters ${field.removed.join(", ")} (control or text-direction characters) are`;
  return {
    severity: "warning",
    rule: "invisible-character",
    path: field.path,
    message: `${what} left out of every output; delete ${field.removed.length === 1 ? "it" : "them"} from the file`,
  };
}

// Where `raw` (a link as written) is inside the value at `path`, when it can be found there as written.
function inText(
  source: string,
  yaml: ReturnType<typeof parseDocument>,
  lines: LineCounter,
  path: readonly PropertyKey[],
  raw: string,
): { line: number; column: number } | undefined {
  const range = rangeOf(yaml, path);
  if (!range) return undefined;
  const offset = source.slice(range[0], range[1]).indexOf(raw);
  if (offset < 0) return undefined;
  const { line, col } = lines.linePos(range[0] + offset);
  return { line, column: col };
}

function fail(file: string, errors: Problem[]): LoadResult {
  return { ok: false, file, errors: sortProblems(errors), warnings: [] };
}

function firstLine(message: string): string {
  return message.split("\n")[0] ?? message;
}

/**
 * The first alias that stands inside the node its anchor names (`a: &x [ *x ]`): it would make
 * the document contain itself, which no output can show.
 */
function circularAlias(yaml: YamlDocument): { name: string; offset: number } | undefined {
  let found: { name: string; offset: number } | undefined;
  visit(yaml, {
    Alias(_key, node, path) {
      const target = node.resolve(yaml);
      if (target && path.includes(target)) {
        found = { name: node.source, offset: node.range?.[0] ?? 0 };
        return visit.BREAK;
      }
    },
  });
  return found;
}
