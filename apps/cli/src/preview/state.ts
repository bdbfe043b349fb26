import { dirname } from "node:path";
import type { Artifact, Problem } from "@belarusbrief/core";
import { OUTPUT_NAMES } from "../adapters.js";
import { fileCache, noCache } from "../cache.js";
import { findContentFiles } from "../content/find-files.js";
import { type LoadedDocument, loadContent } from "../content/load-content.js";
import { BuildError } from "../render/build-error.js";
import { renderOutputs } from "../render/render-outputs.js";
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
    const problems = error instanceof BuildError ? error.problems : [];
    return { ...(previous ?? empty()), problems, failure: (error as Error).message, generation };
  }
}

/** Renders the cards of one document on demand. */
export async function cardsOf(state: PreviewState, id: string): Promise<Artifact[]> {
  const doc = state.documents.find((d) => d.document.id === id);
  if (!doc) return [];
  const settings = loadSettings(doc.dir);
  const rendered = await renderOutputs(["cards"], {
    documents: [doc],
    settings,
    cache: fileCache(),
    progress: () => {},
  });
  return rendered.artifacts;
}

function empty(): PreviewState {
  return { documents: [], artifacts: new Map(), problems: [], generation: 0 };
}
