import { formatProblem, type Problem } from "@belarusbrief/core";
import { styler } from "./style.js";

/** Prints problems as `file:line:column  severity  path  message`, one per line, to stderr. */
export function printProblems(problems: readonly Problem[], stream: NodeJS.WriteStream = process.stderr): void {
  const s = styler(stream);
  for (const problem of problems) {
    const line = formatProblem(problem);
    stream.write(`${problem.severity === "error" ? s.red(line) : s.yellow(line)}\n`);
  }
}

/** "2 errors, 1 warning". */
export function countLabel(errors: number, warnings: number): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  return `${plural(errors, "error")}, ${plural(warnings, "warning")}`;
}
