import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import type { Artifact, Problem, Site } from "@belarusbrief/core";
import { OUTPUT_NAMES } from "../adapters.js";
import { fileCache, noCache } from "../cache.js";
import { type ContentScope, contentScope } from "../content/content-scope.js";
import { contentSources, inputHash, isUpToDate, readManifest } from "../content/input-hash.js";
import { type LoadedDocument, loadContent } from "../content/load-content.js";
import { CliError, EXIT } from "../exit-codes.js";
import { checkPrivacy, formatViolation } from "../privacy/check-privacy.js";
import { createProgress } from "../progress.js";
import { BuildError } from "../render/build-error.js";
import { type BuiltArtifact, renderOutputs } from "../render/render-outputs.js";
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

/**
 * Builds every output of every document into `options.out`, atomically. Paths naming only some
 * documents of a content folder rebuild just those documents' files and the files made from all
 * documents, keeping the rest of the last build. Returns the exit code.
 */
export async function build(inputs: string[], options: BuildOptions): Promise<number> {
  const only = options.only ?? OUTPUT_NAMES;
  const unknown = only.filter((name) => !OUTPUT_NAMES.includes(name));
  if (unknown.length > 0)
    throw new CliError(
      `--only: unknown output ${unknown.join(", ")}; choose from ${OUTPUT_NAMES.join(", ")}`,
      EXIT.usage,
    );

  const out = resolve(options.out);
  const scope = contentScope(inputs);
  const files = scope.files;
  const { documents, errors, warnings } = loadContent(files);
  const settings = loadSettings(dirname(files[0] ?? process.cwd()));
  const notes: Problem[] = [...warnings];
  const example = exampleAddressWarning(settings);
  if (example) notes.push(example);
  if (errors.length > 0 || (options.strict && notes.length > 0))
    return stop([...errors, ...notes], errors.length, notes.length, wholeFolderNote(scope, errors));

  const sources = contentSources(files, out);
  const basis = { site: settings.site, outputs: settings.outputs };
  const fingerprint = inputHash(sources, basis, only);
  if (isUpToDate(out, fingerprint)) {
    printWarningSummary(notes);
    if (options.json)
      process.stdout.write(`${JSON.stringify({ ok: true, out, upToDate: true, warnings: notes }, null, 2)}\n`);
    else process.stderr.write(`${styler(process.stderr).green(`nothing changed: ${options.out}/ is up to date`)}\n`);
    return EXIT.ok;
  }

  let plan: Plan = { kind: "all" };
  if (scope.partial) {
    plan = planPartial(out, scope.partial, documents, { sources, basis, only });
    if (plan.kind === "all" && !options.json) process.stderr.write(`${plan.note}\n`);
  } else {
    const refusal = refuseLosingDocuments(inputs, out, documents, options.out);
    if (refusal) throw refusal;
  }

  const progress = createProgress(process.stderr, !options.json);
  let artifacts: Artifact[];
  try {
    const rendered = await renderOutputs(only, {
      documents,
      settings,
      cache: options.cache === false ? noCache : fileCache(),
      progress: progress.update,
      ...(plan.kind === "some" ? { keep: plan.keep } : {}),
    });
    artifacts = rendered.artifacts;
    notes.push(...rendered.warnings);
  } catch (error) {
    progress.stop();
    if (!(error instanceof BuildError)) throw error;
    return stop([...error.problems, ...notes], error.problems.length, notes.length);
  }
  progress.stop();
  if (plan.kind === "some" && !options.json) process.stderr.write(`${plan.note}\n`);
  return publish(artifacts, settings.site, {
    ...options,
    fingerprint,
    sources,
    notes,
    ...(plan.kind === "some" ? { partial: plan.summary } : {}),
  });
}

/** Whether a build renders every document, or some and keeps the others' files from the last build. */
type Plan =
  | { kind: "all"; note?: string }
  | {
      kind: "some";
      keep: { documents: ReadonlySet<string>; artifacts: BuiltArtifact[] };
      note: string;
      summary: { rebuilt: string[]; kept: number };
    };

/**
 * A build of some documents of a content folder: the named documents are rendered, the feeds,
 * calendars and site are made from every document, and the other documents' own files are taken
 * from the last build, unchanged. That is only right when the last build was made from the same
 * settings and outputs, and the other documents have not changed since; otherwise every document
 * is rendered.
 */
function planPartial(
  out: string,
  partial: NonNullable<ContentScope["partial"]>,
  documents: readonly LoadedDocument[],
  current: { sources: Record<string, string>; basis: unknown; only: readonly string[] },
): Plan {
  const folder = shownPath(partial.folder);
  const all = `${documents.length} document${documents.length === 1 ? "" : "s"}`;
  const previous = readManifest(out);
  if (!previous)
    return {
      kind: "all",
      note: `no earlier build in ${shownPath(out)}/: building all ${all} of ${folder}/, since feeds, calendars and the site need them all`,
    };
  const everything = {
    kind: "all" as const,
    note: `other documents of ${folder}/, the settings or the outputs changed since the last build in ${shownPath(out)}/: building all ${all}`,
  };
  const namedKeys = new Set(Object.keys(contentSources(partial.named, out)));
  const before = previous.sources;
  if (!before || inputHash(before, current.basis, current.only) !== previous.input) return everything;
  const others = (sources: Record<string, string>) =>
    Object.entries(sources)
      .filter(([path]) => !namedKeys.has(path))
      .map(([path, hash]) => `${path}\0${hash}`)
      .join("\n");
  if (others(before) !== others(current.sources)) return everything;

  const named = new Set(partial.named.map((file) => shownPath(file)));
  const keptIds = new Set(documents.filter((d) => !named.has(d.file)).map((d) => d.document.id));
  const artifacts: BuiltArtifact[] = [];
  for (const { bytes, sha256, ...entry } of previous.artifacts) {
    if (entry.document === undefined || !keptIds.has(entry.document) || entry.output === undefined) continue;
    let content: Buffer;
    try {
      content = readFileSync(join(out, entry.path));
    } catch {
      return everything;
    }
    // A file changed by hand since the build is made again.
    if (createHash("sha256").update(content).digest("hex") !== sha256) return everything;
    artifacts.push({ ...entry, content });
  }
  const rebuilt = [...named];
  const kept = keptIds.size;
  return {
    kind: "some",
    keep: { documents: keptIds, artifacts },
    summary: { rebuilt, kept },
    note: `rebuilt ${rebuilt.join(", ")} and the feeds, calendars and site from all ${all} of ${folder}/; kept the files of the other ${kept} as they were`,
  };
}

/**
 * Paths outside any content folder that would replace an output holding other documents: the
 * build stops rather than lose them.
 */
function refuseLosingDocuments(
  inputs: readonly string[],
  out: string,
  documents: readonly LoadedDocument[],
  shownOut: string,
): CliError | undefined {
  if (inputs.length === 0) return undefined;
  const previous = readManifest(out);
  if (!previous) return undefined;
  const ids = new Set(documents.map((d) => d.document.id));
  const lost = new Set(previous.artifacts.flatMap((a) => (a.document && !ids.has(a.document) ? [a.document] : [])));
  if (lost.size === 0 || inputs.some((input) => !/\.ya?ml$/i.test(input))) return undefined;
  return new CliError(
    `${shownOut}/ holds the files of ${lost.size} other document${lost.size === 1 ? "" : "s"}, which this build would remove; build the whole content folder (belarusbrief build <folder> --out ${shownOut}), or choose another folder with --out`,
    EXIT.usage,
  );
}

/** When the build read a whole folder and another file of it has an error: why that file matters. */
function wholeFolderNote(scope: ContentScope, errors: readonly Problem[]): string | undefined {
  if (!scope.partial) return undefined;
  const named = new Set(scope.partial.named.map((file) => shownPath(file)));
  if (errors.every((e) => named.has(e.file))) return undefined;
  return `feeds, calendars and the site are made from every document of ${shownPath(scope.partial.folder)}/, so errors in the other files stop this build too; fix them, or build from a folder holding only your documents`;
}

function shownPath(path: string): string {
  return relative(process.cwd(), path) || ".";
}

function stop(problems: Problem[], errors: number, warnings: number, hint?: string): number {
  printProblems(problems);
  if (hint) process.stderr.write(`${hint}\n`);
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
  options: {
    out: string;
    json: boolean;
    fingerprint: string;
    sources?: Record<string, string>;
    notes: Problem[];
    /** For a build of some documents: the files rebuilt and how many documents kept their files. */
    partial?: { rebuilt: string[]; kept: number };
  },
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
  const manifest = writeOutput(options.out, artifacts, options.fingerprint, options.sources);
  report(manifest, resolve(options.out), options.notes, options.json, options.partial);
  return EXIT.ok;
}

function report(
  manifest: Manifest,
  out: string,
  notes: Problem[],
  json: boolean,
  partial: { rebuilt: string[]; kept: number } | undefined,
): void {
  if (json) {
    const summary = {
      ok: true,
      out,
      artifacts: manifest.artifacts.length,
      ...(partial ? { partial } : {}),
      warnings: notes,
    };
    process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
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
