import { dirname } from "node:path";
import type { Problem } from "@belarusbrief/core";
import { fileCache, noCache } from "../cache.js";
import { findContentFiles } from "../content/find-files.js";
import { loadContent } from "../content/load-content.js";
import { DocumentBuildError } from "../outputs/document-error.js";
import { loadOutputs } from "../outputs/registry.js";
import type { Artifact, BuildContext, LoadedDocument } from "../outputs/types.js";
import { loadSettings } from "../site.js";

const TEXT_OUTPUTS = ["markdown", "email", "feeds", "calendar", "site"];

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
    const { settings } = loadSettings(dirname(files[0] ?? process.cwd()));
    const artifacts = new Map<string, Artifact>();
    const built: Artifact[] = [];
    const context: BuildContext = { documents, site: settings, built, cache: noCache, progress: () => {} };
    for (const output of await loadOutputs(TEXT_OUTPUTS)) {
      for (const artifact of (await output.build(context)).artifacts) {
        artifacts.set(artifact.path, artifact);
        built.push(artifact);
      }
    }
    return { documents, artifacts, problems, generation };
  } catch (error) {
    const problem = error instanceof DocumentBuildError ? [error.problem] : [];
    return { ...(previous ?? empty()), problems: problem, failure: (error as Error).message, generation };
  }
}

/** Renders the cards of one document on demand (cards are the slow output). */
export async function cardsOf(state: PreviewState, id: string): Promise<Artifact[]> {
  const doc = state.documents.find((d) => d.document.id === id);
  if (!doc) return [];
  const [cards] = await loadOutputs(["cards"]);
  const { settings } = loadSettings(doc.dir);
  const context: BuildContext = { documents: [doc], site: settings, built: [], cache: fileCache(), progress: () => {} };
  return (await cards!.build(context)).artifacts;
}

function empty(): PreviewState {
  return { documents: [], artifacts: new Map(), problems: [], generation: 0 };
}
