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
