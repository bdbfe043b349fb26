import { basename, dirname, join } from "node:path";
import type { Artifact, Problem } from "@belarusbrief/core";
import { OUTPUT_NAMES } from "../adapters.js";
import { fileCache, noCache } from "../cache.js";
import { findContentFiles } from "../content/find-files.js";
import { contentSources, sourceKey } from "../content/input-hash.js";
import { type LoadedDocument, loadContent } from "../content/load-content.js";
import { type LoadedCache, loadedCacheInMemory } from "../content/loaded-cache.js";
import { BuildError } from "../render/build-error.js";
import {
  type BuiltArtifact,
  type EntriesCache,
  type KeptArtifact,
  type RenderInput,
  type ResolvedCache,
  renderOutputs,
} from "../render/render-outputs.js";
import { ProblemsError } from "../report.js";
import { loadSettings } from "../settings.js";

// Cards are the slow output: the preview renders them for one document when its pane is opened.
// The site renders a page per document: it is made when one of its pages is asked for.
const TEXT_OUTPUTS = OUTPUT_NAMES.filter((name) => name !== "cards" && name !== "site");

/** What the preview shows: the last good render, and the problems of the latest attempt. */
export interface PreviewState {
  documents: LoadedDocument[];
  artifacts: Map<string, BuiltArtifact>;
  problems: Problem[];
  /** Set when the latest attempt failed; the artifacts are then those of the last good one. */
  failure?: string;
  /** Increases with every attempt, so pages know when to reload. */
  generation: number;
  /** What the last good render was made from: each file's SHA-256, and the settings. */
  basis?: { sources: Record<string, string>; settings: string };
  /** Loaded documents by the bytes of their file, and their resolved views, kept while the preview runs. */
  loaded: LoadedCache;
  resolved: ResolvedCache;
  /** What the feeds and calendar took of each loaded document, kept while the preview runs. */
  entries: EntriesCache;
}

/** The outputs of one document made on demand: its cards, and its posts with those cards attached. */
export interface DocumentExtras {
  cards: Artifact[];
  posts: Artifact[];
  /** Why the cards could not be made; the posts are then those without images. */
  failure?: string;
}

/**
 * Rebuilds the text outputs of every document in memory; keeps the last good render on failure.
 * A document whose file is unchanged since the last good render, with the same settings, keeps
 * its own files from it; only the changed documents and the outputs made from every document
 * (feeds, calendars, the site) are rendered again.
 */
export async function refresh(inputs: string[], previous: PreviewState | undefined): Promise<PreviewState> {
  const generation = (previous?.generation ?? 0) + 1;
  const loaded = previous?.loaded ?? loadedCacheInMemory();
  const resolved = previous?.resolved ?? new WeakMap();
  const entries = previous?.entries ?? new WeakMap();
  try {
    const files = findContentFiles(inputs);
    const { documents, errors, warnings } = loadContent(files, process.cwd(), loaded);
    const problems = [...errors, ...warnings];
    if (errors.length > 0) {
      return {
        ...(previous ?? empty(loaded, resolved, entries)),
        problems,
        failure: `${errors.length} error${errors.length === 1 ? "" : "s"} in the content`,
        generation,
      };
    }
    const settings = loadSettings(dirname(files[0] ?? process.cwd()));
    const basis = {
      sources: contentSources(files, "/"),
      settings: JSON.stringify({ site: settings.site, outputs: settings.outputs }),
    };
    const keep = keptFrom(previous, basis, documents);
    const rendered = await renderOutputs(TEXT_OUTPUTS, {
      documents,
      settings,
      cache: noCache,
      progress: () => {},
      resolved,
      entriesKept: entries,
      ...(keep ? { keep } : {}),
    });
    const artifacts = new Map(rendered.artifacts.map((a) => [a.path, a]));
    return {
      documents,
      artifacts,
      problems: [...problems, ...rendered.warnings],
      generation,
      basis,
      loaded,
      resolved,
      entries,
    };
  } catch (error) {
    const problems = error instanceof BuildError || error instanceof ProblemsError ? error.problems : [];
    return {
      ...(previous ?? empty(loaded, resolved, entries)),
      problems,
      failure: (error as Error).message,
      generation,
    };
  }
}

/** The documents of the last good render whose file and settings are unchanged, with their own files. */
function keptFrom(
  previous: PreviewState | undefined,
  basis: NonNullable<PreviewState["basis"]>,
  documents: readonly LoadedDocument[],
): RenderInput["keep"] | undefined {
  if (!previous?.basis || previous.basis.settings !== basis.settings) return undefined;
  const before = previous.basis.sources;
  const ids = new Set<string>();
  for (const loaded of documents) {
    const key = sourceKey(join(loaded.dir, basename(loaded.file)), "/");
    if (before[key] !== undefined && before[key] === basis.sources[key]) ids.add(loaded.document.id);
  }
  const artifacts: KeptArtifact[] = [];
  for (const artifact of previous.artifacts.values())
    if (artifact.document !== undefined && ids.has(artifact.document) && artifact.output !== undefined)
      artifacts.push({ ...artifact, output: artifact.output });
  return ids.size > 0 ? { documents: ids, artifacts } : undefined;
}

/**
 * The document a preview opens with: the latest brief by its period and date — the one
 * `belarusbrief new` just made — or, without briefs, the latest document by date.
 */
export function newestDocument(documents: readonly LoadedDocument[]): LoadedDocument | undefined {
  const key = (d: LoadedDocument) => `${d.document.kind === "brief" ? d.document.period : ""}|${d.document.date}`;
  const briefs = documents.filter((d) => d.document.kind === "brief");
  return [...(briefs.length ? briefs : documents)].sort((a, b) => key(b).localeCompare(key(a)))[0];
}

/**
 * The static site of the last good render, made on demand: its pages link the files the other
 * outputs made, as in a build without cards.
 */
export async function siteOf(state: PreviewState): Promise<Map<string, Artifact>> {
  const first = state.documents[0];
  if (!first) return new Map();
  const settings = loadSettings(first.dir);
  const earlier = [...state.artifacts.values()].map(({ content: _, output: __, ...info }) => info);
  const rendered = await renderOutputs(["site"], {
    documents: state.documents,
    settings,
    cache: noCache,
    progress: () => {},
    resolved: state.resolved,
    earlier,
  });
  return new Map(rendered.artifacts.map((a) => [a.path, a]));
}

/** Renders the cards of one document on demand, and its posts again with the cards to attach. */
export async function extrasOf(state: PreviewState, id: string): Promise<DocumentExtras> {
  const doc = state.documents.find((d) => d.document.id === id);
  const withoutCards = [...state.artifacts.values()].filter((a) => a.kind === "post" && a.document === id);
  if (!doc) return { cards: [], posts: withoutCards };
  try {
    const settings = loadSettings(doc.dir);
    const rendered = await renderOutputs(["cards", "posts"], {
      documents: [doc],
      settings,
      cache: fileCache(),
      progress: () => {},
    });
    return {
      cards: rendered.artifacts.filter((a) => a.kind !== "post"),
      posts: rendered.artifacts.filter((a) => a.kind === "post"),
    };
  } catch (error) {
    const problems = error instanceof BuildError || error instanceof ProblemsError ? error.problems : [];
    const why = problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.path} ${p.message}`).join("; ");
    return { cards: [], posts: withoutCards, failure: why || (error as Error).message };
  }
}

function empty(loaded: LoadedCache, resolved: ResolvedCache, entries: EntriesCache): PreviewState {
  return { documents: [], artifacts: new Map(), problems: [], generation: 0, loaded, resolved, entries };
}
