import {
  type Adapter,
  type AdapterWarning,
  type Artifact,
  type ArtifactInfo,
  collectedEntries,
  type RenderContext,
  type ResolvedDocument,
  Site,
  type SiteInput,
} from "@belarusbrief/core";
import { TEST_SITE } from "./fixtures.js";

/** What {@link renderWith} needs besides the documents. */
export interface RenderSetup {
  /** The adapter's settings as written in `belarusbrief.json`; default `{}`. */
  options?: unknown;
  /** The shared settings; default {@link TEST_SITE}. */
  site?: SiteInput;
  /** Files other adapters made before this one (cards for pages). */
  artifacts?: readonly ArtifactInfo[];
  /** Files `readFile` may read, by the path written in the settings. */
  files?: Record<string, Uint8Array>;
}

/** What an adapter made of some documents, and what it warned about. */
export interface Rendered {
  artifacts: Artifact[];
  warnings: AdapterWarning[];
}

/**
 * Runs an adapter as a build does: its options through its schema, then `renderDocument` for each
 * document and `renderCollection` with what `collect` took of each, with an in-memory cache.
 */
export async function renderWith<Options, Entry>(
  adapter: Adapter<Options, Entry>,
  documents: readonly ResolvedDocument[],
  setup: RenderSetup = {},
): Promise<Rendered> {
  const { context, warnings } = renderContext(adapter, setup);
  const artifacts: Artifact[] = [];
  if (adapter.renderDocument)
    for (const doc of documents) artifacts.push(...(await adapter.renderDocument(doc, context)));
  if (adapter.renderCollection)
    artifacts.push(...(await adapter.renderCollection(collectedEntries(adapter, documents, context), context)));
  return { artifacts, warnings };
}

/** The context a build gives `adapter`: its options through its schema, an in-memory cache, and the warnings it gives. */
export function renderContext<Options, Entry>(
  adapter: Adapter<Options, Entry>,
  setup: RenderSetup = {},
): { context: RenderContext<Options>; warnings: AdapterWarning[] } {
  const options = adapter.options.parse(setup.options ?? {});
  const warnings: AdapterWarning[] = [];
  const cache = new Map<string, Uint8Array>();
  const context: RenderContext<Options> = {
    options,
    site: Site.parse(setup.site ?? TEST_SITE),
    artifacts: setup.artifacts ?? [],
    cache: {
      get: (key: string) => cache.get(key),
      set: (key: string, value: Uint8Array | string) => {
        cache.set(key, typeof value === "string" ? new TextEncoder().encode(value) : value);
      },
    },
    readFile: (path: string) => {
      const file = setup.files?.[path];
      if (!file) throw new Error(`no file ${path} in the test setup`);
      return file;
    },
    progress: () => {},
    warn: (warning: AdapterWarning) => {
      warnings.push(warning);
    },
  };
  return { context, warnings };
}
