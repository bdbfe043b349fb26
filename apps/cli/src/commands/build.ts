import { statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import {
  type Artifact,
  type CollectionMember,
  checkCollection,
  type Problem,
  type Site,
  sortProblems,
} from "@belarusbrief/core";
import { ADAPTERS, OUTPUT_NAMES } from "../adapters.js";
import { fileCache, noCache } from "../cache.js";
import { type CollectedCache, collectedCacheIn } from "../content/collected-cache.js";
import { type ContentScope, contentScope } from "../content/content-scope.js";
import { contentSources, inputHash, isUpToDate, readManifest, sourceKey } from "../content/input-hash.js";
import { type LoadedDocument, loadContent, loadFile, locateLater } from "../content/load-content.js";
import { type LoadedCache, loadedCacheIn } from "../content/loaded-cache.js";
import { CliError, EXIT } from "../exit-codes.js";
import { checkPrivacy, formatViolation, type PrivacyViolation, privacyCheck } from "../privacy/check-privacy.js";
import { createProgress } from "../progress.js";
import { BuildError } from "../render/build-error.js";
import { EntriesOnDisk } from "../render/entries-on-disk.js";
import {
  type ArtifactSink,
  type CollectedEntries,
  type DocumentUnit,
  entriesStandForDocuments,
  type KeptArtifact,
  renderInto,
} from "../render/render-outputs.js";
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
  const loadedCache = options.cache === false ? undefined : loadedCacheIn(cache);
  const settings = loadSettings(dirname(files[0] ?? process.cwd()));
  const example = exampleAddressWarning(settings);

  const sources = contentSources(files, out);
  const basis = { site: settings.site, outputs: settings.outputs };
  const fingerprint = inputHash(sources, basis, only);
  const previous = readManifest(out);
  if (isUpToDate(out, fingerprint, previous)) {
    const { errors, warnings } = loadContent(files, process.cwd(), loadedCache);
    const notes = example ? [...warnings, example] : warnings;
    if (errors.length > 0 || (options.strict && notes.length > 0))
      return stop([...errors, ...notes], errors.length, notes.length);
    clearInterrupted(out);
    printWarningSummary(notes);
    if (options.json)
      process.stdout.write(`${JSON.stringify({ ok: true, out, upToDate: true, warnings: notes }, null, 2)}\n`);
    else process.stderr.write(`${styler(process.stderr).green(`nothing changed: ${options.out}/ is up to date`)}\n`);
    return EXIT.ok;
  }

  const current = { sources, basis, only };
  const plan = scope.partial
    ? planPartial(out, previous, scope.partial, current)
    : planUnchanged(out, previous, current);
  if (plan.kind === "all" && plan.note && !options.json) process.stderr.write(`${plan.note}\n`);
  const records = options.cache === false ? undefined : collectedCacheIn(cache, inputHash({}, basis, only));
  const adapters = await Promise.all(ADAPTERS.filter((a) => only.includes(a.name)).map((a) => a.load()));
  const fromRecords = entriesStandForDocuments(adapters);
  const content = goThrough(files, sources, out, plan, { loadedCache, records, fromRecords });

  const staging = Staging.open(options.out);
  const spill = new EntriesOnDisk(staging.scratch());
  try {
    const progress = createProgress(process.stderr, !options.json);
    const written = writeAsMade(staging, plan, settings.site);
    const notes: Problem[] = [];
    try {
      notes.push(
        ...(await renderInto(
          only,
          {
            units: content.units(),
            settings,
            cache,
            progress: progress.update,
            entries: () => spill.store(),
            stopped: () => content.errors.length > 0,
            ...(records ? { collected: content.remember } : {}),
            ...(plan.kind === "some" ? { kept: plan.kept } : {}),
          },
          written.sink,
        )),
      );
    } catch (error) {
      // A full disk while keeping the collections' entries is said like one while writing files.
      if (!(error instanceof BuildError)) throw staging.explain(error);
      const problems = [...content.errors, ...error.problems];
      return stop([...problems, ...content.warnings()], problems.length, content.warnings().length);
    } finally {
      progress.stop();
    }
    const errors = sortProblems([...content.errors, ...checkCollection(content.members)]);
    notes.unshift(...content.warnings(), ...(example ? [example] : []));
    if (errors.length > 0 || (options.strict && notes.length > 0))
      return stop([...errors, ...notes], errors.length, notes.length, wholeFolderNote(scope, errors));
    if (!scope.partial) {
      const refusal = refuseLosingDocuments(inputs, previous, content.members, options.out);
      if (refusal) throw refusal;
    }
    if (written.violations.length > 0) return refusePrivacy(written.violations);
    const summary = plan.kind === "some" ? plan.summary?.(content.keptCount()) : undefined;
    if (summary && !options.json) process.stderr.write(`${summary.note}\n`);
    const manifest = staging.commit(fingerprint, sources);
    report(manifest, out, notes, options.json, summary ? { rebuilt: summary.rebuilt, kept: summary.kept } : undefined);
    return EXIT.ok;
  } finally {
    spill.remove();
    staging.discard();
  }
}

/** A loaded file as {@link checkCollection} needs it. */
type Member = Extract<CollectionMember, { ok: true }>;

/**
 * The content files as the render goes through them, in order, one at a time: each file is
 * loaded (or, when it is kept and the cache has what the collections took of it, not even that),
 * and what loading found is gathered on the way. After a file with errors the others are still
 * checked, but nothing more is rendered.
 */
function goThrough(
  files: readonly string[],
  sources: Readonly<Record<string, string>>,
  out: string,
  plan: Plan,
  how: {
    loadedCache: LoadedCache | undefined;
    /** Where what the collections took of each document is kept between builds, if anywhere. */
    records: CollectedCache | undefined;
    /** Whether a kept document may be taken from its record instead of being loaded. */
    fromRecords: boolean;
  },
) {
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  const members: Member[] = [];
  let kept = 0;
  const keeps = (key: string) => plan.kind === "some" && plan.keptSources.has(key);
  const intact = (id: string) => plan.kind === "some" && !plan.broken.has(id);
  const sha = (file: string) => sources[sourceKey(file, out)] ?? "";
  // The file and load warnings of each document loaded now, until what the collections took of it is kept.
  const loadedNow = new Map<string, { file: string; warnings: Problem[] }>();
  function* units(): Generator<DocumentUnit> {
    for (const file of files) {
      const key = sourceKey(file, out);
      const shown = relative(process.cwd(), file) || file;
      const record =
        how.fromRecords && keeps(key) && errors.length === 0 ? how.records?.get(shown, sha(file)) : undefined;
      if (record && intact(record.id)) {
        const locate = locateLater(file, shown);
        const { id, translationOf } = record;
        const identity = translationOf === undefined ? { id } : { id, translationOf };
        members.push({ ok: true, file: shown, document: identity, locate });
        warnings.push(...record.warnings);
        kept++;
        yield { collected: { id: record.id, file: shown, locate, entries: record.entries } };
        continue;
      }
      const result = loadFile(file, process.cwd(), how.loadedCache);
      warnings.push(...result.warnings);
      if (!result.ok) {
        errors.push(...result.errors);
        continue;
      }
      const { id, translationOf } = result.document;
      const identity = translationOf === undefined ? { id } : { id, translationOf };
      members.push({ ok: true, file: shown, document: identity, locate: result.locate });
      if (errors.length > 0) continue;
      if (how.records) loadedNow.set(shown, { file, warnings: result.warnings });
      const keep = keeps(key) && intact(result.document.id);
      if (keep) kept++;
      yield { loaded: result.loaded, kept: keep };
    }
  }
  return {
    units,
    errors,
    members,
    warnings: () => sortProblems([...warnings]),
    keptCount: () => kept,
    /** Keeps what the collections took of each document loaded now, with its load warnings, for later builds. */
    remember: (loaded: LoadedDocument, entries: CollectedEntries): void => {
      const now = loadedNow.get(loaded.file);
      if (!now) return;
      loadedNow.delete(loaded.file);
      const { id, translationOf } = loaded.document;
      const record = { id, ...(translationOf ? { translationOf } : {}), warnings: now.warnings, entries };
      how.records?.set(loaded.file, sha(now.file), record);
    },
  };
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
      /** Content files (by {@link sourceKey}) whose documents keep their own files. */
      keptSources: ReadonlySet<string>;
      /** Documents whose files in the output were changed by hand since: they are made again. */
      broken: ReadonlySet<string>;
      /** Every document's own files of the last build. */
      kept: KeptArtifact[];
      /** Every entry of the last build's manifest, made with the same settings and code, by path. */
      before: ReadonlyMap<string, ManifestEntry>;
      /** For a build of named documents: what it says it did, once it knows how many it kept. */
      summary?: (kept: number) => { rebuilt: string[]; kept: number; note: string };
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
  current: Current,
): Plan {
  const folder = shownPath(partial.folder);
  const count = Object.keys(current.sources).length;
  const all = `${count} document${count === 1 ? "" : "s"}`;
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
  const rebuilt = partial.named.map((file) => shownPath(file));
  return {
    kind: "some",
    keptSources: new Set(Object.keys(current.sources).filter((key) => !namedKeys.has(key))),
    ...lastFiles(out, previous),
    summary: (kept) => ({
      rebuilt,
      kept,
      note: `rebuilt ${rebuilt.join(", ")} and the feeds, calendars and site from all ${all} of ${folder}/; kept the files of the other ${kept} as they were`,
    }),
  };
}

/**
 * A build of a whole content folder over an earlier build of it made with the same settings,
 * outputs and code: documents whose files are unchanged since (same path, same SHA-256) keep
 * their own files; the changed and new ones are rendered, and feeds, calendars and the site are
 * made from every document. Otherwise every document is rendered.
 */
function planUnchanged(out: string, previous: Manifest | undefined, current: Current): Plan {
  const before = previous?.sources;
  if (!previous || !before || !sameBasis(previous, current)) return { kind: "all" };
  const keptSources = new Set(
    Object.keys(current.sources).filter((key) => before[key] !== undefined && before[key] === current.sources[key]),
  );
  if (keptSources.size === 0) return { kind: "all" };
  return { kind: "some", keptSources, ...lastFiles(out, previous) };
}

/** True when the last build was made with the same settings, outputs and code as this one. */
function sameBasis(previous: Manifest, current: Current): boolean {
  return previous.sources !== undefined && inputHash(previous.sources, current.basis, current.only) === previous.input;
}

/**
 * The last build's own files of each document, as kept artifacts, and the documents one of whose
 * files is missing or was changed by hand since (told by its size, as an up-to-date build tells
 * it): those are made again.
 */
function lastFiles(
  out: string,
  previous: Manifest,
): { kept: KeptArtifact[]; broken: Set<string>; before: Map<string, ManifestEntry> } {
  const kept: KeptArtifact[] = [];
  const broken = new Set<string>();
  for (const entry of previous.artifacts) {
    const { bytes: _, sha256: __, output, ...info } = entry;
    if (info.document === undefined || output === undefined) continue;
    if (sizeOf(join(out, entry.path)) !== entry.bytes) broken.add(info.document);
    kept.push({ ...info, output });
  }
  return { kept, broken, before: entriesOf(previous) };
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
  members: readonly Member[],
  shownOut: string,
): CliError | undefined {
  if (inputs.length === 0 || !previous) return undefined;
  const ids = new Set(members.map((m) => m.document.id));
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
