import {
  type Adapter,
  type Artifact,
  type ArtifactCache,
  type ArtifactInfo,
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
}

/** Resolved views by the loaded document they were made from. */
export type ResolvedCache = WeakMap<LoadedDocument["document"], { key: string; view: ResolvedDocument }>;

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
  const warnings = await renderInto(names, input, {
    add: (artifact, output) => artifacts.set(artifact.path, { ...artifact, output }),
    keep: ({ content, ...info }) => {
      if (content === undefined) throw new Error(`internal: kept file ${info.path} has no content`);
      artifacts.set(info.path, { ...info, content });
    },
  });
  return { artifacts: [...artifacts.values()], warnings };
}

/**
 * Resolves every document once, then runs the named outputs in registry order, each seeing the
 * files of those before it (without content), and hands each file to `sink` as it is made.
 * Returns the outputs' warnings. A field an output cannot render, or a setting its schema
 * rejects, throws a {@link BuildError} located at `file:line:column`.
 */
export async function renderInto(names: readonly string[], input: RenderInput, sink: ArtifactSink): Promise<Problem[]> {
  const { site } = input.settings;
  const loadedById = new Map(input.documents.map((d) => [d.document.id, d]));
  const resolved = input.documents.map((d) => resolveOnce(d, site, input.resolved));
  const infos: ArtifactInfo[] = [...(input.earlier ?? [])];
  const warnings: Problem[] = [];
  for (const entry of (input.adapters ?? ADAPTERS).filter((a) => names.includes(a.name))) {
    const adapter = await entry.load();
    const context: RenderContext<unknown> = {
      options: parseOptions(adapter, input.settings),
      site,
      artifacts: infos,
      cache: input.cache,
      readFile: input.settings.readFile,
      progress: (done, total) => input.progress(done, total, entry.name),
      warn: (w) => {
        const loaded = loadedById.get(w.document);
        if (loaded) warnings.push(located(loaded, w.path, w.message, "warning"));
      },
    };
    const kept = keptOf(entry.name, input.keep);
    infos.push(...(await run(adapter, resolved, context, { loadedById, kept, sink, output: entry.name })));
  }
  return warnings;
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
type Kept = { documents: ReadonlySet<string>; byDocument: ReadonlyMap<string, KeptArtifact[]> };

function keptOf(output: string, keep: RenderInput["keep"]): Kept | undefined {
  if (!keep) return undefined;
  const byDocument = new Map<string, KeptArtifact[]>();
  for (const artifact of keep.artifacts) {
    if (artifact.output !== output || artifact.document === undefined) continue;
    byDocument.set(artifact.document, [...(byDocument.get(artifact.document) ?? []), artifact]);
  }
  return { documents: keep.documents, byDocument };
}

/** One output's files, in the order its render functions made them, passed to the sink as they come. */
async function run(
  adapter: Adapter<unknown>,
  documents: readonly ResolvedDocument[],
  context: RenderContext<unknown>,
  how: { loadedById: ReadonlyMap<string, LoadedDocument>; kept: Kept | undefined; sink: ArtifactSink; output: string },
): Promise<ArtifactInfo[]> {
  const { kept, sink, output } = how;
  const fail = (error: unknown, document: string | undefined): never => {
    const loaded = how.loadedById.get((error instanceof FieldError && error.document) || document || "");
    if (error instanceof FieldError && loaded)
      throw new BuildError([located(loaded, error.path, error.message, "error")]);
    throw error;
  };
  // Files of this output so far; kept files are handed on only once the collection has not replaced them.
  const own: { info: ArtifactInfo; kept?: KeptArtifact }[] = [];
  if (adapter.renderDocument) {
    for (const doc of documents) {
      if (kept?.documents.has(doc.id)) {
        for (const artifact of kept.byDocument.get(doc.id) ?? []) own.push({ info: infoOf(artifact), kept: artifact });
        continue;
      }
      let made: Artifact[] = [];
      try {
        made = await adapter.renderDocument(doc, context);
      } catch (error) {
        fail(error, doc.id);
      }
      for (const artifact of made) {
        sink.add(artifact, output, false);
        own.push({ info: infoOf(artifact) });
      }
    }
  }
  let collection: Artifact[] = [];
  if (adapter.renderCollection) {
    try {
      collection = await adapter.renderCollection(documents, context);
    } catch (error) {
      fail(error, undefined);
    }
  }
  // A file the collection makes again replaces the one of the same path.
  const made = new Set(collection.map((a) => a.path));
  const earlier = new Set(own.flatMap(({ info, kept }) => (kept ? [] : [info.path])));
  for (const artifact of collection) sink.add(artifact, output, earlier.has(artifact.path));
  for (const { kept: artifact } of own) if (artifact && !made.has(artifact.path)) sink.keep(artifact);
  return [...own.map(({ info }) => info).filter((info) => !made.has(info.path)), ...collection.map(infoOf)];
}

function infoOf(artifact: Artifact | KeptArtifact): ArtifactInfo {
  const { content: _, output: __, ...info } = artifact as KeptArtifact;
  return info;
}

/** The output's settings section, checked by its schema; a problem is located in the settings file. */
function parseOptions(adapter: Adapter<unknown>, settings: Settings): unknown {
  const parsed = outputOptions(adapter.name, adapter.options, settings);
  if (parsed.ok) return parsed.data;
  throw new BuildError(parsed.problems);
}

function located(
  loaded: LoadedDocument,
  path: readonly PropertyKey[],
  message: string,
  severity: Problem["severity"],
): Problem {
  return { severity, file: loaded.file, ...loaded.locate(path), path: formatPath(path), message };
}
