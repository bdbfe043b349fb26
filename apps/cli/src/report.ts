import { formatProblem, type Problem } from "@belarusbrief/core";
import { CliError, EXIT } from "./exit-codes.js";
import { styler } from "./style.js";
import { forTerminal } from "./terminal-text.js";

/**
 * Prints problems as `file:line:column  severity  path  message`, one per line, to stderr. Text
 * from the documents is shown escaped (`\u202E`): `--format json` is where it stays exact.
 */
export function printProblems(problems: readonly Problem[], stream: NodeJS.WriteStream = process.stderr): void {
  const s = styler(stream);
  for (const problem of problems) {
    const line = forTerminal(formatProblem(problem));
    stream.write(`${problem.severity === "error" ? s.red(line) : s.yellow(line)}\n`);
  }
}

/** "2 errors, 1 warning". */
export function countLabel(errors: number, warnings: number): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  return `${plural(errors, "error")}, ${plural(warnings, "warning")}`;
}

/** Problems that end a command before it does anything, e.g. mistakes in `belarusbrief.json`. */
export class ProblemsError extends CliError {
  constructor(
    readonly problems: Problem[],
    summary: string,
  ) {
    super(summary, EXIT.content);
  }
}

/**
 * Prints a build's warnings briefly: the content warnings that `belarusbrief validate` lists are
 * counted by kind ("25 placeholder links in 4 documents"); the others (settings, outputs) are
 * printed in full, since only the build finds them.
 */
export function printWarningSummary(problems: readonly Problem[], stream: NodeJS.WriteStream = process.stderr): void {
  const byRule = new Map<string, { count: number; files: Set<string> }>();
  const others: Problem[] = [];
  for (const problem of problems) {
    if (problem.severity !== "warning" || !problem.rule) {
      others.push(problem);
      continue;
    }
    const group = byRule.get(problem.rule) ?? { count: 0, files: new Set<string>() };
    group.count++;
    group.files.add(problem.file);
    byRule.set(problem.rule, group);
  }
  printProblems(others, stream);
  if (byRule.size === 0) return;
  const s = styler(stream);
  const total = [...byRule.values()].reduce((sum, group) => sum + group.count, 0);
  stream.write(
    `${s.yellow(`${plural(total, "warning")} in the content`)} (run \`belarusbrief validate\` to list them):\n`,
  );
  for (const [rule, { count, files }] of byRule)
    stream.write(
      `  ${RULE_NAMES[rule]?.(count) ?? plural(count, `${rule} warning`)} in ${plural(files.size, "document")}\n`,
    );
}

const RULE_NAMES: Record<string, (n: number) => string> = {
  "placeholder-link": (n) => plural(n, "placeholder link"),
  "missing-source": (n) => `${plural(n, "claim")} without a source`,
  "missing-alt": (n) => `${plural(n, "image")} without alt text`,
  "past-deadline": (n) => plural(n, "past deadline"),
  "stale-statistic": (n) => `${plural(n, "number")} not updated since an earlier month`,
  "empty-section": (n) => plural(n, "empty section"),
  "past-event": (n) => `${plural(n, "past date")} listed as upcoming`,
};

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
