import { findContentFiles } from "../content/find-files.js";
import { loadContent } from "../content/load-content.js";
import { EXIT } from "../exit-codes.js";
import { countLabel, printProblems } from "../report.js";
import { styler } from "../style.js";

/** Options of `belarusbrief validate`. */
export interface ValidateOptions {
  format: "text" | "json";
  strict: boolean;
}

/** Validates every file; prints every problem. Returns the exit code. */
export function validate(inputs: string[], options: ValidateOptions): number {
  const files = findContentFiles(inputs);
  const { documents, errors, warnings } = loadContent(files);
  const failed = errors.length > 0 || (options.strict && warnings.length > 0);
  if (options.format === "json") {
    const report = { ok: !failed, files: files.length, documents: documents.length, errors, warnings };
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    printProblems([...errors, ...warnings].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line));
    const s = styler(process.stderr);
    const summary = `${files.length} file${files.length === 1 ? "" : "s"} checked: ${countLabel(errors.length, warnings.length)}`;
    process.stderr.write(
      `${failed ? s.red(summary) : s.green(summary)}${options.strict && warnings.length && !errors.length ? " (--strict: warnings count as errors)" : ""}\n`,
    );
  }
  return failed ? EXIT.content : EXIT.ok;
}
