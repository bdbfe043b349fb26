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
   * the output that made it): those files are used as they are. Collection outputs still see every
   * document.
   */
  keep?: { documents: ReadonlySet<string>; artifacts: readonly BuiltArtifact[] };
}

/** A file and the name of the output that made it. */
export type BuiltArtifact = Artifact & { output?: string };

/** Every file the outputs made, and what they warned about, located in the documents' files. */
export interface Rendered {
  artifacts: BuiltArtifact[];
  warnings: Problem[];
}

/**
 * Resolves every document once, then runs the named outputs in registry order, each seeing the
 * files of those before it. A field an output cannot render, or a setting its schema rejects,
 * throws a {@link BuildError} located at `file:line:column`.
 */
export async function renderOutputs(names: readonly string[], input: RenderInput): Promise<Rendered> {
  const { site } = input.settings;
  const loadedById = new Map(input.documents.map((d) => [d.document.id, d]));
  const resolved = input.documents.map((d) => resolveLoaded(d, site));
  const artifacts: BuiltArtifact[] = [];
  const infos: ArtifactInfo[] = [];
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
    for (const artifact of await run(adapter, resolved, context, loadedById, kept)) {
      artifacts.push({ ...artifact, output: entry.name });
      const { content: _, output: __, ...info } = artifact as BuiltArtifact;
      infos.push(info);
    }
  }
  return { artifacts, warnings };
}

/** The kept files of one output, by document id. */
type Kept = { documents: ReadonlySet<string>; byDocument: ReadonlyMap<string, Artifact[]> };

function keptOf(output: string, keep: RenderInput["keep"]): Kept | undefined {
  if (!keep) return undefined;
  const byDocument = new Map<string, Artifact[]>();
  for (const { output: made, ...artifact } of keep.artifacts) {
    if (made !== output || artifact.document === undefined) continue;
    byDocument.set(artifact.document, [...(byDocument.get(artifact.document) ?? []), artifact]);
  }
  return { documents: keep.documents, byDocument };
}

async function run(
  adapter: Adapter<unknown>,
  documents: readonly ResolvedDocument[],
  context: RenderContext<unknown>,
  loadedById: ReadonlyMap<string, LoadedDocument>,
  kept: Kept | undefined,
): Promise<Artifact[]> {
  const out: Artifact[] = [];
  const fail = (error: unknown, document: string | undefined): never => {
    const loaded = loadedById.get((error instanceof FieldError && error.document) || document || "");
    if (error instanceof FieldError && loaded)
      throw new BuildError([located(loaded, error.path, error.message, "error")]);
    throw error;
  };
  if (adapter.renderDocument) {
    for (const doc of documents) {
      if (kept?.documents.has(doc.id)) {
        out.push(...(kept.byDocument.get(doc.id) ?? []));
        continue;
      }
      try {
        out.push(...(await adapter.renderDocument(doc, context)));
      } catch (error) {
        fail(error, doc.id);
      }
    }
  }
  if (adapter.renderCollection) {
    let collection: Artifact[] = [];
    try {
      collection = await adapter.renderCollection(documents, context);
    } catch (error) {
      fail(error, undefined);
    }
    // A file the collection makes again replaces the kept one of the same path.
    const made = new Set(collection.map((a) => a.path));
    return [...out.filter((a) => !made.has(a.path)), ...collection];
  }
  return out;
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
