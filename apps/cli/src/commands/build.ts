import { statSync } from "node:fs";
import { basename, dirname, join, relative, resolve } from "node:path";
import type { Artifact, Problem, Site } from "@belarusbrief/core";
import { OUTPUT_NAMES } from "../adapters.js";
import { fileCache, noCache } from "../cache.js";
import { type ContentScope, contentScope } from "../content/content-scope.js";
import { contentSources, inputHash, isUpToDate, readManifest, sourceKey } from "../content/input-hash.js";
import { type LoadedDocument, loadContent } from "../content/load-content.js";
import { loadedCacheIn } from "../content/loaded-cache.js";
import { CliError, EXIT } from "../exit-codes.js";
import { checkPrivacy, formatViolation, type PrivacyViolation, privacyCheck } from "../privacy/check-privacy.js";
import { createProgress } from "../progress.js";
import { BuildError } from "../render/build-error.js";
import { type ArtifactSink, type KeptArtifact, renderInto } from "../render/render-outputs.js";
import { countLabel, printProblems, printWarningSummary } from "../report.js";
import { exampleAddressWarning, loadSettings } from "../settings.js";
import { styler } from "../style.js";
import {
  checkArtifactPaths,
  clearInterrupted,
  type Manifest,
  type ManifestEntry,
  Staging,
  writeOutput,
} from "../write/write-output.js";

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
  const cache = options.cache === false ? noCache : fileCache();
  const { documents, errors, warnings } = loadContent(
    files,
    process.cwd(),
    options.cache === false ? undefined : loadedCacheIn(cache),
  );
  const settings = loadSettings(dirname(files[0] ?? process.cwd()));
  const notes: Problem[] = [...warnings];
  const example = exampleAddressWarning(settings);
  if (example) notes.push(example);
  if (errors.length > 0 || (options.strict && notes.length > 0))
    return stop([...errors, ...notes], errors.length, notes.length, wholeFolderNote(scope, errors));

  const sources = contentSources(files, out);
  const basis = { site: settings.site, outputs: settings.outputs };
  const fingerprint = inputHash(sources, basis, only);
  const previous = readManifest(out);
  if (isUpToDate(out, fingerprint, previous)) {
    clearInterrupted(out);
    printWarningSummary(notes);
    if (options.json)
      process.stdout.write(`${JSON.stringify({ ok: true, out, upToDate: true, warnings: notes }, null, 2)}\n`);
    else process.stderr.write(`${styler(process.stderr).green(`nothing changed: ${options.out}/ is up to date`)}\n`);
    return EXIT.ok;
  }

  let plan: Plan = { kind: "all" };
  if (scope.partial) {
    plan = planPartial(out, previous, scope.partial, documents, { sources, basis, only });
    if (plan.kind === "all" && !options.json) process.stderr.write(`${plan.note}\n`);
  } else {
    const refusal = refuseLosingDocuments(inputs, previous, documents, options.out);
    if (refusal) throw refusal;
    plan = planUnchanged(out, previous, documents, { sources, basis, only });
  }

  const staging = Staging.open(options.out);
  try {
    const progress = createProgress(process.stderr, !options.json);
    const written = writeAsMade(staging, plan, settings.site);
    try {
      notes.push(
        ...(await renderInto(
          only,
          {
            documents,
            settings,
            cache,
            progress: progress.update,
            ...(plan.kind === "some" ? { keep: plan.keep } : {}),
          },
          written.sink,
        )),
      );
    } catch (error) {
      if (!(error instanceof BuildError)) throw error;
      return stop([...error.problems, ...notes], error.problems.length, notes.length);
    } finally {
      progress.stop();
    }
    if (written.violations.length > 0) return refusePrivacy(written.violations);
    if (plan.kind === "some" && !options.json && plan.summary) process.stderr.write(`${plan.note}\n`);
    const manifest = staging.commit(fingerprint, sources);
    report(manifest, out, notes, options.json, plan.kind === "some" ? plan.summary : undefined);
    return EXIT.ok;
  } finally {
    staging.discard();
  }
}

/**
 * A sink that writes each file to the staging folder as it is made and checks it for remote
 * resources; files kept from the last build are linked from it. After the first violation nothing
 * more is written (the build will stop and the staging folder is removed), but every file is still
 * checked, so all are reported at once. A file with the same path and bytes as in the last build,
 * made with the same settings and code (a feed that does not list the changed document), passed
 * this check then and is not checked again.
 */
function writeAsMade(staging: Staging, plan: Plan, site: Pick<Site, "baseUrl" | "assetBaseUrl">) {
  const check = privacyCheck({ baseUrl: site.baseUrl, assetBaseUrl: site.assetBaseUrl });
  const violations: PrivacyViolation[] = [];
  const before = plan.kind === "some" ? plan.before : new Map<string, ManifestEntry>();
  const sink: ArtifactSink = {
    add(artifact, output, replaces) {
      if (violations.length > 0) {
        violations.push(...check(artifact));
        return;
      }
      const entry = staging.write({ ...artifact, output }, replaces ? output : undefined);
      if (before.get(entry.path)?.sha256 !== entry.sha256) violations.push(...check(artifact));
    },
    keep(artifact) {
      const entry = before.get(artifact.path);
      if (!entry) throw new Error(`internal: no manifest entry for the kept file ${artifact.path}`);
      if (violations.length === 0) staging.keep(entry);
    },
  };
  return { sink, violations };
}

function refusePrivacy(violations: readonly PrivacyViolation[]): number {
  for (const v of violations) process.stderr.write(`${formatViolation(v)}\n`);
  const count = `${violations.length} remote resource${violations.length === 1 ? "" : "s"}`;
  process.stderr.write(
    `${styler(process.stderr).red(`build stopped: ${count} in the outputs; nothing was written`)}\n`,
  );
  return EXIT.content;
}

/** Whether a build renders every document, or some and keeps the others' files from the last build. */
type Plan =
  | { kind: "all"; note?: string }
  | {
      kind: "some";
      keep: { documents: ReadonlySet<string>; artifacts: KeptArtifact[] };
      /** Every entry of the last build's manifest, made with the same settings and code, by path. */
      before: ReadonlyMap<string, ManifestEntry>;
      note: string;
      /** For a build of named documents: what it says it did. */
      summary?: { rebuilt: string[]; kept: number };
    };

/** What a plan compares with the last build. */
interface Current {
  sources: Record<string, string>;
  basis: unknown;
  only: readonly string[];
}

/**
 * A build of some documents of a content folder: the named documents are rendered, the feeds,
 * calendars and site are made from every document, and the other documents' own files are taken
 * from the last build, unchanged. That is only right when the last build was made from the same
 * settings and outputs, and the other documents have not changed since; otherwise every document
 * is rendered.
 */
function planPartial(
  out: string,
  previous: Manifest | undefined,
  partial: NonNullable<ContentScope["partial"]>,
  documents: readonly LoadedDocument[],
  current: Current,
): Plan {
  const folder = shownPath(partial.folder);
  const all = `${documents.length} document${documents.length === 1 ? "" : "s"}`;
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
  if (!before || !sameBasis(previous, current)) return everything;
  const others = (sources: Record<string, string>) =>
    Object.entries(sources)
      .filter(([path]) => !namedKeys.has(path))
      .map(([path, hash]) => `${path}\0${hash}`)
      .join("\n");
  if (others(before) !== others(current.sources)) return everything;

  const named = new Set(partial.named.map((file) => shownPath(file)));
  const keptIds = new Set(documents.filter((d) => !named.has(d.file)).map((d) => d.document.id));
  const kept = keptFiles(out, previous, keptIds);
  if (!kept) return everything;
  const rebuilt = [...named];
  return {
    kind: "some",
    keep: { documents: keptIds, artifacts: kept.artifacts },
    before: entriesOf(previous),
    summary: { rebuilt, kept: keptIds.size },
    note: `rebuilt ${rebuilt.join(", ")} and the feeds, calendars and site from all ${all} of ${folder}/; kept the files of the other ${keptIds.size} as they were`,
  };
}

/**
 * A build of a whole content folder over an earlier build of it made with the same settings,
 * outputs and code: documents whose files are unchanged since (same path, same SHA-256) keep
 * their own files; the changed and new ones are rendered, and feeds, calendars and the site are
 * made from every document. Otherwise every document is rendered.
 */
function planUnchanged(
  out: string,
  previous: Manifest | undefined,
  documents: readonly LoadedDocument[],
  current: Current,
): Plan {
  const before = previous?.sources;
  if (!previous || !before || !sameBasis(previous, current)) return { kind: "all" };
  const keptIds = new Set<string>();
  for (const loaded of documents) {
    const key = sourceKey(join(loaded.dir, basename(loaded.file)), out);
    if (before[key] !== undefined && before[key] === current.sources[key]) keptIds.add(loaded.document.id);
  }
  if (keptIds.size === 0) return { kind: "all" };
  const kept = keptFiles(out, previous, keptIds);
  if (!kept) return { kind: "all" };
  return {
    kind: "some",
    keep: { documents: keptIds, artifacts: kept.artifacts },
    before: entriesOf(previous),
    note: `kept the files of ${keptIds.size} unchanged documents`,
  };
}

/** True when the last build was made with the same settings, outputs and code as this one. */
function sameBasis(previous: Manifest, current: Current): boolean {
  return previous.sources !== undefined && inputHash(previous.sources, current.basis, current.only) === previous.input;
}

/**
 * The last build's own files of `ids`, as kept artifacts; `undefined` when one is missing or was
 * changed by hand since, and must be made again.
 */
function keptFiles(
  out: string,
  previous: Manifest,
  ids: ReadonlySet<string>,
): { artifacts: KeptArtifact[] } | undefined {
  const artifacts: KeptArtifact[] = [];
  for (const entry of previous.artifacts) {
    const { bytes: _, sha256: __, output, ...info } = entry;
    if (info.document === undefined || !ids.has(info.document) || output === undefined) continue;
    // A file changed by hand since (told by its size, as an up-to-date build tells it) is made again.
    if (sizeOf(join(out, entry.path)) !== entry.bytes) return undefined;
    artifacts.push({ ...info, output });
  }
  return { artifacts };
}

function entriesOf(manifest: Manifest): Map<string, ManifestEntry> {
  return new Map(manifest.artifacts.map((entry) => [entry.path, entry]));
}

/**
 * Paths outside any content folder that would replace an output holding other documents: the
 * build stops rather than lose them.
 */
function refuseLosingDocuments(
  inputs: readonly string[],
  previous: Manifest | undefined,
  documents: readonly LoadedDocument[],
  shownOut: string,
): CliError | undefined {
  if (inputs.length === 0 || !previous) return undefined;
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
 * Writes finished artifacts as a build does: refuses outputs that would make a reader's device
 * contact a host other than the site's own, then writes everything at once. Returns the exit code.
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
  },
): number {
  // Readers at risk: no output may make their devices contact anyone but the team's own hosts.
  const violations = checkPrivacy(artifacts, { baseUrl: site.baseUrl, assetBaseUrl: site.assetBaseUrl });
  if (violations.length > 0) return refusePrivacy(violations);
  checkArtifactPaths(artifacts);
  const manifest = writeOutput(options.out, artifacts, options.fingerprint, options.sources);
  report(manifest, resolve(options.out), options.notes, options.json, undefined);
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

function sizeOf(path: string): number | undefined {
  try {
    return statSync(path).size;
  } catch {
    return undefined;
  }
}
