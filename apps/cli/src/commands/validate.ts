import { dirname } from "node:path";
import { type Problem, sortProblems } from "@belarusbrief/core";
import { cardFitProblems } from "../content/card-fit.js";
import { findContentFiles } from "../content/find-files.js";
import { loadContent } from "../content/load-content.js";
import { EXIT } from "../exit-codes.js";
import { countLabel, printProblems } from "../report.js";
import { checkOutputSettings, exampleAddressWarning, readSettings, type Settings } from "../settings.js";
import { styler } from "../style.js";

/** Options of `belarusbrief validate`. */
export interface ValidateOptions {
  format: "text" | "json";
  strict: boolean;
}

/**
 * Validates every file and the settings that `build` would use with them (`belarusbrief.json`,
 * each output's section by its own schema), and that every card text fits its share image; prints
 * every problem. Resolves to the exit code.
 */
export async function validate(inputs: string[], options: ValidateOptions): Promise<number> {
  const files = findContentFiles(inputs);
  const content = loadContent(files);
  const settings = await settingsProblems(dirname(files[0] ?? process.cwd()));
  const cards = settings.read ? await cardFitProblems(content.documents, settings.read) : [];
  const errors = sortProblems([...settings.errors, ...content.errors, ...cards]);
  const warnings = sortProblems([...settings.warnings, ...content.warnings]);
  const failed = errors.length > 0 || (options.strict && warnings.length > 0);
  if (options.format === "json") {
    const report = {
      ok: !failed,
      files: files.length,
      documents: content.documents.length,
      errors,
      warnings,
      ...(settings.unchecked.length ? { checkedByBuild: settings.unchecked } : {}),
    };
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    printProblems(sortProblems([...errors, ...warnings]));
    const s = styler(process.stderr);
    const summary = `${files.length} file${files.length === 1 ? "" : "s"} checked: ${countLabel(errors.length, warnings.length)}`;
    process.stderr.write(
      `${failed ? s.red(summary) : s.green(summary)}${options.strict && warnings.length && !errors.length ? " (--strict: warnings count as errors)" : ""}\n`,
    );
    for (const name of settings.unchecked)
      process.stderr.write(
        s.dim(
          `the "${name}" settings are checked when you build (checking them here would load the image libraries)\n`,
        ),
      );
  }
  return failed ? EXIT.content : EXIT.ok;
}

async function settingsProblems(
  start: string,
): Promise<{ errors: Problem[]; warnings: Problem[]; unchecked: string[]; read?: Settings }> {
  const read = readSettings(start);
  const sections = read.ok ? read.settings : read.sections;
  const outputs = sections ? await checkOutputSettings(sections) : { problems: [], unchecked: [] };
  const example = read.ok ? exampleAddressWarning(read.settings) : undefined;
  return {
    errors: [...(read.ok ? [] : read.problems), ...outputs.problems],
    warnings: example ? [example] : [],
    unchecked: outputs.unchecked,
    ...(read.ok ? { read: read.settings } : {}),
  };
}
