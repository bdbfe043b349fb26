import {
  type Adapter,
  type Artifact,
  type ArtifactCache,
  type ArtifactInfo,
  collectFrom,
  FieldError,
  formatPath,
  type Problem,
  type RenderContext,
  type ResolvedDocument,
} from "@belarusbrief/core";
import { ADAPTERS, type AdapterEntry } from "../adapters.js";
import type { LoadedDocument } from "../content/load-content.js";
import { resolveLoaded } from "../content/resolve-loaded.js";
import { outputOptions, type Settings } from "../settings.js";
import { BuildError } from "./build-error.js";

/** What rendering needs besides the names of the outputs. */
export interface RenderInput {
  documents: readonly LoadedDocument[];
  settings: Settings;
  cache: ArtifactCache;
  /** Progress of one output, e.g. cards rendered so far. */
  progress: (done: number, total: number, output: string) => void;
  /** The outputs that may run; default the registry, {@link ADAPTERS}. */
  adapters?: readonly AdapterEntry[];
  /**
   * Documents not rendered again, by id, with their own files from an earlier build (each naming
   * the output that made it): those files are passed to {@link ArtifactSink.keep} as they are.
   * Collection outputs still see every document.
   */
  keep?: { documents: ReadonlySet<string>; artifacts: readonly KeptArtifact[] };
  /** Files made before by outputs not run now, which the outputs run now may link to. */
  earlier?: readonly ArtifactInfo[];
  /**
   * Resolved views kept by a process that renders the same documents again (preview): a document
   * loaded into the same object, resolved with the same site settings, is not resolved again.
   */
  resolved?: ResolvedCache;
  /**
   * What the collections took of each document, kept by the same process (preview): a kept
   * document whose entries are known is neither resolved nor collected again.
   */
  entriesKept?: EntriesCache;
}

/**
 * What {@link renderInto} goes through: the documents one at a time, in the order of the content
 * files, so that a build of any size holds only one resolved document at once.
 */
export interface RenderStream extends Omit<RenderInput, "documents" | "keep"> {
  units: Iterable<DocumentUnit>;
  /** The own files, from an earlier build, of the documents that are kept. */
  kept?: readonly KeptArtifact[];
  /**
   * Where a collection's entries wait until every document is through; default in memory. Called
   * only for outputs with `collect`: the resolved documents an output without it takes stay in memory.
   */
  entries?: (output: string) => EntryStore;
  /** True once the render should stop before the collections (a later file had errors): nothing will be written. */
  stopped?: () => boolean;
  /** Told what the collections took of each document rendered or resolved now, to keep it for later builds. */
  collected?: (loaded: LoadedDocument, entries: CollectedEntries) => void;
}

/**
 * One document as a render goes through the content: loaded, and rendered by every output or, when
 * `kept`, its own files taken from an earlier build and resolved only for what collections take;
 * or known only by what the collections took of it in an earlier build, neither loaded nor resolved.
 */
export type DocumentUnit = { loaded: LoadedDocument; kept?: boolean } | { collected: CollectedDocument };

/** What each collection output took of a document (by output name; none when it took nothing). */
export type CollectedEntries = Readonly<Record<string, unknown>>;

/** A kept document as an earlier build's collections saw it, and where its file is. */
export interface CollectedDocument {
  id: string;
  /** Path of the YAML file, as shown in messages. */
  file: string;
  /** Where a field path is in the file (for a problem a collection finds). */
  locate: LoadedDocument["locate"];
  entries: CollectedEntries;
}

/** Holds one collection's entries until every document is through, then gives them back in order, once. */
export interface EntryStore {
  add(entry: unknown): void;
  entries(): Iterable<unknown>;
}

/** An {@link EntryStore} in memory. */
export function entriesInMemory(): EntryStore {
  const held: unknown[] = [];
  return { add: (entry) => held.push(entry), entries: () => held };
}

/** Resolved views by the loaded document they were made from. */
export type ResolvedCache = WeakMap<LoadedDocument["document"], { key: string; view: ResolvedDocument }>;

/** What the collections took of each loaded document, and with which outputs and settings. */
export type EntriesCache = WeakMap<LoadedDocument["document"], { key: string; entries: CollectedEntries }>;

/** A file and the name of the output that made it. */
export type BuiltArtifact = Artifact & { output?: string };

/** A file of an earlier build, described by its manifest entry; its content only where the sink needs it. */
export type KeptArtifact = ArtifactInfo & { output: string; content?: Artifact["content"] };

/** Where rendered files go as soon as each is made, so that no output's files need stay in memory. */
export interface ArtifactSink {
  /**
   * A file `output` made. `replaces` is set when a collection makes again a file of the same path
   * that its own per-document rendering made: the new one takes its place.
   */
  add(artifact: Artifact, output: string, replaces: boolean): void;
  /** A file of an earlier build, used as it is. */
  keep(artifact: KeptArtifact): void;
}

/** Every file the outputs made, and what they warned about, located in the documents' files. */
export interface Rendered {
  artifacts: BuiltArtifact[];
  warnings: Problem[];
}

/**
 * {@link renderInto} a list in memory, for callers that show or send a few documents' files.
 * Kept artifacts must then carry their content.
 */
export async function renderOutputs(names: readonly string[], input: RenderInput): Promise<Rendered> {
  const artifacts = new Map<string, BuiltArtifact>();
  const { documents, keep, ...rest } = input;
  const units = documents.map((loaded) => ({ loaded, kept: keep?.documents.has(loaded.document.id) ?? false }));
  const warnings = await renderInto(
    names,
    { ...rest, units, ...(keep ? { kept: keep.artifacts } : {}) },
    {
      add: (artifact, output) => artifacts.set(artifact.path, { ...artifact, output }),
      // The kept file itself, not a copy: preview keeps thousands on every save.
      keep: (artifact) => {
        if (artifact.content === undefined) throw new Error(`internal: kept file ${artifact.path} has no content`);
        artifacts.set(artifact.path, artifact as BuiltArtifact);
      },
    },
  );
  return { artifacts: [...artifacts.values()], warnings };
}

/** One output as a render runs it. */
interface Output {
  name: string;
  adapter: Adapter<unknown, unknown>;
  context: RenderContext<unknown>;
  /** Its files so far, in the order made: per document, then the collection's. */
  files: ArtifactInfo[];
  /** Paths of the files it rendered now for single documents (a collection's file of the same path replaces one). */
  rendered: Set<string>;
  /** Its files kept from an earlier build, handed on once the collection has not made them again. */
  kept: KeptArtifact[];
  /** The kept files of each kept document, by document id. */
  keptOf: ReadonlyMap<string, KeptArtifact[]>;
  entries?: EntryStore;
}

/**
 * True when what the collections took of a document can stand for that document in a later
 * build: every output with a collection has `collect`. An output that takes whole resolved
 * documents (the site) needs every document loaded and resolved again.
 */
export function entriesStandForDocuments(adapters: readonly Adapter<unknown, unknown>[]): boolean {
  return adapters.every((adapter) => !adapter.renderCollection || adapter.collect !== undefined);
}

/**
 * Goes through the documents once, in order: each is resolved, rendered by every named output in
 * registry order (each seeing the same document's files of those before it) and dropped, keeping
 * only what each collection output takes of it. Then each collection is made from those entries,
 * seeing every file made before it. Each file goes to `sink` as it is made. Returns the outputs'
 * warnings. A field an output cannot render, or a setting its schema rejects, throws a
 * {@link BuildError} located at `file:line:column`.
 */
export async function renderInto(
  names: readonly string[],
  input: RenderStream,
  sink: ArtifactSink,
): Promise<Problem[]> {
  const { site } = input.settings;
  const where = new Map<string, Pick<LoadedDocument, "file" | "locate">>();
  const warnings: Problem[] = [];
  const locateIn = (id: string, path: readonly PropertyKey[], message: string, severity: Problem["severity"]) => {
    const at = where.get(id);
    return at ? located(at, path, message, severity) : undefined;
  };
  const outputs: Output[] = [];
  for (const entry of (input.adapters ?? ADAPTERS).filter((a) => names.includes(a.name))) {
    const adapter = await entry.load();
    const files: ArtifactInfo[] = [];
    const context: RenderContext<unknown> = {
      options: parseOptions(adapter, input.settings),
      site,
      artifacts: [],
      cache: input.cache,
      readFile: input.settings.readFile,
      progress: (done, total) => input.progress(done, total, entry.name),
      warn: (w) => {
        const problem = locateIn(w.document, w.path, w.message, "warning");
        if (problem) warnings.push(problem);
      },
    };
    outputs.push({
      name: entry.name,
      adapter,
      context,
      files,
      rendered: new Set(),
      kept: [],
      keptOf: keptByDocument(entry.name, input.kept ?? []),
      ...(adapter.renderCollection
        ? { entries: adapter.collect && input.entries ? input.entries(entry.name) : entriesInMemory() }
        : {}),
    });
  }
  const fail = (error: unknown, document: string | undefined): never => {
    const id = (error instanceof FieldError && error.document) || document || "";
    const problem = error instanceof FieldError ? locateIn(id, error.path, error.message, "error") : undefined;
    if (problem) throw new BuildError([problem]);
    throw error;
  };

  const entriesKey = JSON.stringify([names, site, input.settings.outputs]);
  const memo = entriesStandForDocuments(outputs.map((o) => o.adapter)) ? input.entriesKept : undefined;
  for (const next of input.units) {
    const unit = "loaded" in next && next.kept ? (knownEntries(next.loaded, memo, entriesKey) ?? next) : next;
    if ("collected" in unit) {
      const { id, file, locate, entries } = unit.collected;
      where.set(id, { file, locate });
      for (const output of outputs) {
        keepFiles(output, id, sink);
        if (output.entries && output.name in entries) output.entries.add(entries[output.name]);
        else if (output.entries && !output.adapter.collect)
          throw new Error(`internal: ${output.name} needs every resolved document`);
      }
      continue;
    }
    const { loaded, kept } = unit;
    const id = loaded.document.id;
    where.set(id, { file: loaded.file, locate: loaded.locate });
    const view = resolveOnce(loaded, site, input.resolved);
    const sameDocument: ArtifactInfo[] = [...(input.earlier ?? [])];
    const taken: Record<string, unknown> = {};
    for (const output of outputs) {
      const { adapter, context } = output;
      if (kept) sameDocument.push(...keepFiles(output, id, sink));
      else if (adapter.renderDocument) {
        let made: Artifact[] = [];
        try {
          made = await adapter.renderDocument(view, { ...context, artifacts: sameDocument });
        } catch (error) {
          fail(error, id);
        }
        for (const artifact of made) {
          sink.add(artifact, output.name, false);
          const info = infoOf(artifact);
          output.files.push(info);
          output.rendered.add(info.path);
          sameDocument.push(info);
        }
      }
      if (!output.entries) continue;
      let entry: unknown;
      try {
        entry = collectFrom(adapter, view, context);
      } catch (error) {
        fail(error, id);
      }
      if (entry === undefined) continue;
      output.entries.add(entry);
      if (adapter.collect) taken[output.name] = entry;
    }
    input.collected?.(loaded, taken);
    memo?.set(loaded.document, { key: entriesKey, entries: taken });
  }

  if (input.stopped?.()) return warnings;
  const made: ArtifactInfo[] = [...(input.earlier ?? [])];
  for (const output of outputs) {
    const { adapter, context } = output;
    let collection: Artifact[] = [];
    if (adapter.renderCollection && output.entries) {
      try {
        collection = await adapter.renderCollection(output.entries.entries(), { ...context, artifacts: made });
      } catch (error) {
        fail(error, undefined);
      }
    }
    // A file the collection makes again replaces the one of the same path.
    const again = new Set(collection.map((a) => a.path));
    for (const artifact of collection) sink.add(artifact, output.name, output.rendered.has(artifact.path));
    for (const artifact of output.kept) if (!again.has(artifact.path)) sink.keep(artifact);
    made.push(...output.files.filter((info) => !again.has(info.path)), ...collection.map(infoOf));
  }
  return warnings;
}

/**
 * The kept files of document `id` for `output`: handed to the sink now when the output makes no
 * collection, otherwise once its collection is made (it may make one of them again).
 */
function keepFiles(output: Output, id: string, sink: ArtifactSink): ArtifactInfo[] {
  const files = output.keptOf.get(id) ?? [];
  const infos = files.map(infoOf);
  output.files.push(...infos);
  if (output.adapter.renderCollection) output.kept.push(...files);
  else for (const artifact of files) sink.keep(artifact);
  return infos;
}

/** A kept document as what the collections took of it before, when that is known for the same outputs and settings. */
function knownEntries(
  loaded: LoadedDocument,
  memo: EntriesCache | undefined,
  key: string,
): { collected: CollectedDocument } | undefined {
  const known = memo?.get(loaded.document);
  if (!known || known.key !== key) return undefined;
  const { file, locate } = loaded;
  return { collected: { id: loaded.document.id, file, locate, entries: known.entries } };
}

function resolveOnce(
  loaded: LoadedDocument,
  site: Settings["site"],
  cache: ResolvedCache | undefined,
): ResolvedDocument {
  const key = JSON.stringify([site.baseUrl, site.pagesUrl, site.assetBaseUrl]);
  const known = cache?.get(loaded.document);
  if (known && known.key === key) return known.view;
  const view = resolveLoaded(loaded, site);
  cache?.set(loaded.document, { key, view });
  return view;
}

/** The kept files of one output, by document id. */
function keptByDocument(output: string, kept: readonly KeptArtifact[]): Map<string, KeptArtifact[]> {
  const byDocument = new Map<string, KeptArtifact[]>();
  for (const artifact of kept) {
    if (artifact.output !== output || artifact.document === undefined) continue;
    const list = byDocument.get(artifact.document);
    if (list) list.push(artifact);
    else byDocument.set(artifact.document, [artifact]);
  }
  return byDocument;
}

function infoOf(artifact: Artifact | KeptArtifact): ArtifactInfo {
  const { content: _, output: __, ...info } = artifact as KeptArtifact;
  return info;
}

/** The output's settings section, checked by its schema; a problem is located in the settings file. */
function parseOptions(adapter: Adapter<unknown, unknown>, settings: Settings): unknown {
  const parsed = outputOptions(adapter.name, adapter.options, settings);
  if (parsed.ok) return parsed.data;
  throw new BuildError(parsed.problems);
}

function located(
  loaded: Pick<LoadedDocument, "file" | "locate">,
  path: readonly PropertyKey[],
  message: string,
  severity: Problem["severity"],
): Problem {
  return { severity, file: loaded.file, ...loaded.locate(path), path: formatPath(path), message };
}
