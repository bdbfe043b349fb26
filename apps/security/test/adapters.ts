import { adapter as calendar } from "@belarusbrief/calendar";
import {
  type Adapter,
  type Artifact,
  type ArtifactInfo,
  type Document,
  FieldError,
  type ResolvedDocument,
  type RichText,
  resolve,
  Site,
  type SiteInput,
} from "@belarusbrief/core";
import { adapter as email } from "@belarusbrief/email";
import { adapter as feeds } from "@belarusbrief/feeds";
import { adapter as markdown } from "@belarusbrief/markdown";
import { PLATFORMS, adapter as posts } from "@belarusbrief/posts";
import { adapter as cards } from "@belarusbrief/social";
import { renderWith } from "@belarusbrief/testkit";
import { adapter as site } from "@belarusbrief/web";
import { infoOf } from "./artifacts.js";

/** The site address every adapter is given; the only origin outputs may load from. */
export const BASE_URL = "https://brief.example.org/";

/** The shared settings of every render, as `belarusbrief.json` would give them. */
export const SITE: SiteInput = { baseUrl: BASE_URL, title: "BelarusBrief" };

const { pagesUrl } = Site.parse(SITE);

/**
 * The outputs that write text, in the CLI's build order (apps/cli/src/adapters.ts) without the
 * cards, whose PNG files are slow to draw and hold no text (see cards.test.ts).
 */
export const TEXT_ADAPTERS = { markdown, email, feeds, calendar, posts, site } as const;
export type TextAdapter = keyof typeof TEXT_ADAPTERS;
export const TEXT_ADAPTER_NAMES = Object.keys(TEXT_ADAPTERS) as TextAdapter[];

export { cards };

/**
 * `doc` resolved as a build resolves it, for {@link SITE}; `text` is the loader's parsed Markdown
 * fields (documents built in code have none: `resolve` parses them).
 */
export function resolveFor(doc: Document, text?: ReadonlyMap<string, RichText>): ResolvedDocument {
  return resolve(doc, { baseUrl: BASE_URL, pagesUrl, ...(text ? { text } : {}) });
}

/** What one adapter made of a document, and which parts it refused with a `FieldError`. */
export interface Output {
  artifacts: Artifact[];
  /** Errors of the render (posts: each platform whose post cannot hold a word of the document). */
  refused: { part: string; error: FieldError }[];
}

/**
 * Renders one adapter for `doc` as a build does (`renderWith`: options through its schema,
 * `renderDocument`, then `renderCollection`). `earlier` are the files of the adapters before it.
 * Posts may refuse a document with a `FieldError` (a word longer than a platform's post); a build
 * then stops, and here each platform is rendered alone, so the others are still checked.
 */
export async function renderOne(
  name: TextAdapter,
  doc: ResolvedDocument,
  earlier: readonly ArtifactInfo[] = [],
): Promise<Output> {
  const adapter = TEXT_ADAPTERS[name] as Adapter<unknown>;
  const setup = { site: SITE, artifacts: earlier };
  if (name !== "posts") return { artifacts: (await renderWith(adapter, [doc], setup)).artifacts, refused: [] };
  try {
    return { artifacts: (await renderWith(adapter, [doc], setup)).artifacts, refused: [] };
  } catch (error) {
    if (!(error instanceof FieldError)) throw error;
  }
  const out: Output = { artifacts: [], refused: [] };
  for (const platform of PLATFORMS) {
    try {
      out.artifacts.push(
        ...(await renderWith(adapter, [doc], { ...setup, options: { platforms: [platform] } })).artifacts,
      );
    } catch (error) {
      if (!(error instanceof FieldError)) throw error;
      out.refused.push({ part: platform, error });
    }
  }
  return out;
}

/**
 * Every text output of `doc`, each adapter given the files of those before it as in a build;
 * `withCards` draws the share images too, before the posts as a build does (slow). Throws when an
 * adapter refuses the document.
 */
export async function renderAll(doc: ResolvedDocument, { withCards = false } = {}): Promise<Artifact[]> {
  const artifacts: Artifact[] = [];
  for (const name of TEXT_ADAPTER_NAMES) {
    if (name === "posts" && withCards)
      artifacts.push(...(await renderWith(cards, [doc], { site: SITE, artifacts: artifacts.map(infoOf) })).artifacts);
    const { artifacts: made, refused } = await renderOne(name, doc, artifacts.map(infoOf));
    if (refused.length) throw refused[0]?.error;
    artifacts.push(...made);
  }
  return artifacts;
}
