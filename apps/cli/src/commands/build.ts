import { dirname, relative, resolve } from "node:path";
import type { Artifact, Problem, Site } from "@belarusbrief/core";
import { OUTPUT_NAMES } from "../adapters.js";
import { fileCache, noCache } from "../cache.js";
import { findContentFiles } from "../content/find-files.js";
import { inputHash, isUpToDate } from "../content/input-hash.js";
import { loadContent } from "../content/load-content.js";
import { CliError, EXIT } from "../exit-codes.js";
import { checkPrivacy, formatViolation } from "../privacy/check-privacy.js";
import { createProgress } from "../progress.js";
import { BuildError } from "../render/build-error.js";
import { renderOutputs } from "../render/render-outputs.js";
import { countLabel, printProblems, printWarningSummary } from "../report.js";
import { exampleAddressWarning, loadSettings } from "../settings.js";
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
  const settings = loadSettings(dirname(files[0] ?? process.cwd()));
  const notes: Problem[] = [...warnings];
  const example = exampleAddressWarning(settings);
  if (example) notes.push(example);
  if (errors.length > 0 || (options.strict && notes.length > 0))
    return stop([...errors, ...notes], errors.length, notes.length);

  const fingerprint = inputHash(files, { site: settings.site, outputs: settings.outputs }, only);
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
  let artifacts: Artifact[];
  try {
    const rendered = await renderOutputs(only, {
      documents,
      settings,
      cache: options.cache === false ? noCache : fileCache(),
      progress: progress.update,
    });
    artifacts = rendered.artifacts;
    notes.push(...rendered.warnings);
  } catch (error) {
    progress.stop();
    if (!(error instanceof BuildError)) throw error;
    return stop([...error.problems, ...notes], error.problems.length, notes.length);
  }
  progress.stop();
  return publish(artifacts, settings.site, { ...options, fingerprint, notes });
}

function stop(problems: Problem[], errors: number, warnings: number): number {
  printProblems(problems);
  process.stderr.write(
    `${styler(process.stderr).red(`build stopped: ${countLabel(errors, warnings)}; nothing was written`)}\n`,
  );
  return EXIT.content;
}

/**
 * The last step of a build: refuses outputs that would make a reader's device contact a host other
 * than the site's own, then writes everything at once. Returns the exit code.
 */
export function publish(
  artifacts: readonly Artifact[],
  site: Pick<Site, "baseUrl" | "assetBaseUrl">,
  options: { out: string; json: boolean; fingerprint: string; notes: Problem[] },
): number {
  // Readers at risk: no output may make their devices contact anyone but the team's own hosts.
  const violations = checkPrivacy(artifacts, { baseUrl: site.baseUrl, assetBaseUrl: site.assetBaseUrl });
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
