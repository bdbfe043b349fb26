import { dirname, relative, resolve } from "node:path";
import type { Problem } from "@belarusbrief/core";
import { fileCache, noCache } from "../cache.js";
import { findContentFiles } from "../content/find-files.js";
import { inputHash, isUpToDate } from "../content/input-hash.js";
import { loadContent } from "../content/load-content.js";
import { CliError, EXIT } from "../exit-codes.js";
import { DocumentBuildError } from "../outputs/document-error.js";
import { loadOutputs, OUTPUT_NAMES } from "../outputs/registry.js";
import type { Artifact, BuildContext, SiteSettings } from "../outputs/types.js";
import { checkPrivacy, formatViolation } from "../privacy/check-privacy.js";
import { createProgress } from "../progress.js";
import { countLabel, printProblems, printWarningSummary } from "../report.js";
import { EXAMPLE_BASE_URL, loadSettings } from "../site.js";
import { styler } from "../style.js";
import { checkArtifactPaths, type Manifest, writeOutput } from "../write/write-output.js";

/** Options of `belarusbrief build`. */
export interface BuildOptions {
  out: string;
  only?: string[];
  json: boolean;
  strict: boolean;
  /** `false` renders everything afresh (`--no-cache`). */
  cache?: boolean;
}

/** Builds every output of every document into `options.out`, atomically. Returns the exit code. */
export async function build(inputs: string[], options: BuildOptions): Promise<number> {
  const only = options.only ?? OUTPUT_NAMES;
  const unknown = only.filter((name) => !OUTPUT_NAMES.includes(name));
  if (unknown.length > 0)
    throw new CliError(
      `--only: unknown output ${unknown.join(", ")}; choose from ${OUTPUT_NAMES.join(", ")}`,
      EXIT.usage,
    );

  const files = findContentFiles(inputs);
  const { documents, errors, warnings } = loadContent(files);
  const { settings, file: settingsFile } = loadSettings(dirname(files[0] ?? process.cwd()));
  const notes: Problem[] = [...warnings];
  if (settings.baseUrl === EXAMPLE_BASE_URL) {
    const where = settingsFile ? relative(process.cwd(), settingsFile) : "belarusbrief.json";
    notes.push({
      severity: "warning",
      file: where,
      line: 1,
      column: 1,
      path: "baseUrl",
      message: settingsFile
        ? `links point to the example address ${EXAMPLE_BASE_URL}; set your site's address in baseUrl`
        : `no ${where} found, so links point to the example address ${EXAMPLE_BASE_URL}; create ${where} next to the content with {"baseUrl": "https://your.site/"}`,
    });
  }
  if (errors.length > 0 || (options.strict && notes.length > 0)) {
    printProblems([...errors, ...notes]);
    process.stderr.write(
      `${styler(process.stderr).red(`build stopped: ${countLabel(errors.length, notes.length)}; nothing was written`)}\n`,
    );
    return EXIT.content;
  }

  const fingerprint = inputHash(files, settings, only);
  if (isUpToDate(resolve(options.out), fingerprint)) {
    printWarningSummary(notes);
    if (options.json)
      process.stdout.write(
        `${JSON.stringify({ ok: true, out: resolve(options.out), upToDate: true, warnings: notes }, null, 2)}\n`,
      );
    else process.stderr.write(`${styler(process.stderr).green(`nothing changed: ${options.out}/ is up to date`)}\n`);
    return EXIT.ok;
  }

  const progress = createProgress(process.stderr, !options.json);
  const artifacts: Artifact[] = [];
  const context: BuildContext = {
    documents,
    site: settings,
    built: artifacts,
    cache: options.cache === false ? noCache : fileCache(),
    progress: progress.update,
  };
  try {
    for (const output of await loadOutputs(only)) {
      const result = await output.build(context);
      artifacts.push(...result.artifacts);
      for (const w of result.warnings ?? []) {
        notes.push({
          severity: "warning",
          file: w.document.file,
          ...w.document.locate(w.path),
          path: w.path.join("."),
          message: w.message,
        });
      }
    }
  } catch (error) {
    progress.stop();
    // An adapter rejecting its options (e.g. a card theme without enough contrast) is a settings problem.
    if (error instanceof Error && error.message.startsWith("[@belarusbrief/")) {
      printProblems(notes);
      process.stderr.write(
        `${styler(process.stderr).red(`build stopped: ${error.message}; check belarusbrief.json. Nothing was written`)}\n`,
      );
      return EXIT.content;
    }
    if (!(error instanceof DocumentBuildError)) throw error;
    printProblems([error.problem, ...notes]);
    process.stderr.write(`${styler(process.stderr).red("build stopped; nothing was written")}\n`);
    return EXIT.content;
  }
  progress.stop();
  return publish(artifacts, settings, { ...options, fingerprint, notes });
}

/**
 * The last step of a build: refuses outputs that would make a reader's device contact a host other
 * than the site's own, then writes everything at once. Returns the exit code.
 */
export function publish(
  artifacts: readonly Artifact[],
  settings: Pick<SiteSettings, "baseUrl" | "assetBaseUrl">,
  options: { out: string; json: boolean; fingerprint: string; notes: Problem[] },
): number {
  // Readers at risk: no output may make their devices contact anyone but the team's own hosts.
  const violations = checkPrivacy(artifacts, { baseUrl: settings.baseUrl, assetBaseUrl: settings.assetBaseUrl });
  if (violations.length > 0) {
    for (const v of violations) process.stderr.write(`${formatViolation(v)}\n`);
    const count = `${violations.length} remote resource${violations.length === 1 ? "" : "s"}`;
    process.stderr.write(
      `${styler(process.stderr).red(`build stopped: ${count} in the outputs; nothing was written`)}\n`,
    );
    return EXIT.content;
  }
  checkArtifactPaths(artifacts);
  const manifest = writeOutput(options.out, artifacts, options.fingerprint);
  report(manifest, resolve(options.out), options.notes, options.json);
  return EXIT.ok;
}

function report(manifest: Manifest, out: string, notes: Problem[], json: boolean): void {
  if (json) {
    process.stdout.write(
      `${JSON.stringify({ ok: true, out, artifacts: manifest.artifacts.length, warnings: notes }, null, 2)}\n`,
    );
    return;
  }
  printWarningSummary(notes);
  const byKind = new Map<string, number>();
  for (const a of manifest.artifacts) byKind.set(a.kind, (byKind.get(a.kind) ?? 0) + 1);
  const kinds = [...byKind].map(([kind, n]) => `${kind} ${n}`).join(", ");
  const shown = relative(process.cwd(), out) || ".";
  process.stderr.write(
    `${styler(process.stderr).green(`built ${manifest.artifacts.length} files into ${shown}/`)} (${kinds})\n`,
  );
}
