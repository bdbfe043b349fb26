import { dirname } from "node:path";
import type { Artifact, Problem } from "@belarusbrief/core";
import { OUTPUT_NAMES } from "../adapters.js";
import { fileCache, noCache } from "../cache.js";
import { findContentFiles } from "../content/find-files.js";
import { type LoadedDocument, loadContent } from "../content/load-content.js";
import { BuildError } from "../render/build-error.js";
import { renderOutputs } from "../render/render-outputs.js";
import { ProblemsError } from "../report.js";
import { loadSettings } from "../settings.js";

// Cards are the slow output: the preview renders them for one document when its pane is opened.
const TEXT_OUTPUTS = OUTPUT_NAMES.filter((name) => name !== "cards");

/** What the preview shows: the last good render, and the problems of the latest attempt. */
export interface PreviewState {
  documents: LoadedDocument[];
  artifacts: Map<string, Artifact>;
  problems: Problem[];
  /** Set when the latest attempt failed; the artifacts are then those of the last good one. */
  failure?: string;
  /** Increases with every attempt, so pages know when to reload. */
  generation: number;
}

/** The outputs of one document made on demand: its cards, and its posts with those cards attached. */
export interface DocumentExtras {
  cards: Artifact[];
  posts: Artifact[];
  /** Why the cards could not be made; the posts are then those without images. */
  failure?: string;
}

/** Rebuilds the text outputs of every document in memory; keeps the last good render on failure. */
export async function refresh(inputs: string[], previous: PreviewState | undefined): Promise<PreviewState> {
  const generation = (previous?.generation ?? 0) + 1;
  try {
    const files = findContentFiles(inputs);
    const { documents, errors, warnings } = loadContent(files);
    const problems = [...errors, ...warnings];
    if (errors.length > 0) {
      return {
        ...(previous ?? empty()),
        problems,
        failure: `${errors.length} error${errors.length === 1 ? "" : "s"} in the content`,
        generation,
      };
    }
    const settings = loadSettings(dirname(files[0] ?? process.cwd()));
    const rendered = await renderOutputs(TEXT_OUTPUTS, { documents, settings, cache: noCache, progress: () => {} });
    const artifacts = new Map(rendered.artifacts.map((a) => [a.path, a]));
    return { documents, artifacts, problems: [...problems, ...rendered.warnings], generation };
  } catch (error) {
    const problems = error instanceof BuildError || error instanceof ProblemsError ? error.problems : [];
    return { ...(previous ?? empty()), problems, failure: (error as Error).message, generation };
  }
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

function empty(): PreviewState {
  return { documents: [], artifacts: new Map(), problems: [], generation: 0 };
}
