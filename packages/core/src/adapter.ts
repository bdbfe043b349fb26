import type { z } from "zod";
import type { FieldPath, ResolvedDocument } from "./resolve/types.js";
import type { Locale } from "./schema/primitives.js";
import type { Site } from "./site.js";

/** The kinds of file the bundled outputs write, as listed in `manifest.json`; a new output may add its own. */
export const ARTIFACT_KINDS = [
  "markdown",
  "email-html",
  "email-text",
  "eml",
  "rss",
  "atom",
  "json-feed",
  "ics",
  "card",
  "page",
] as const;
export type ArtifactKind = (typeof ARTIFACT_KINDS)[number] | (string & {});

/**
 * What a file is for, so that other outputs can find it without guessing from its size or path:
 * the page of a document links its `og-image` and its `document-calendar`, every page announces
 * the `publications-feed` and `news-feed`. A new output may add its own roles.
 */
export const ARTIFACT_ROLES = [
  /** A document as Markdown. */
  "document-markdown",
  /** A document's email: HTML, plain text, and the whole message. */
  "email-html",
  "email-text",
  "email-message",
  /** Feeds of the publications and of the news, in each format and language. */
  "publications-feed",
  "news-feed",
  /** The dates of one document, and every date still to come. */
  "document-calendar",
  "calendar",
  /** A share image; the document's Open Graph image (1200×630, one per document). */
  "card",
  "og-image",
  /** A document's web page, and an index page. */
  "page",
  "index-page",
] as const;
export type ArtifactRole = (typeof ARTIFACT_ROLES)[number] | (string & {});

/** One file an adapter makes. The CLI writes it and lists it in `manifest.json` (without its content). */
export interface Artifact {
  kind: ArtifactKind;
  role: ArtifactRole;
  /** Path inside the output folder, with `/` separators, e.g. `email/2021-02.html`. */
  path: string;
  mediaType: string;
  /** Id of the document it shows; absent for files made from many documents. */
  document?: string;
  /** Language of its text; absent for files of every language. */
  locale?: Locale;
  /** Pixel size of an image. */
  width?: number;
  height?: number;
  /** Text alternative of an image. */
  alt?: string;
  /** What else the manifest should say of it, as JSON: a post's platform, its part of a thread, its images. */
  meta?: Readonly<Record<string, unknown>>;
  content: string | Uint8Array;
}

/** An artifact without its content, as the manifest and later adapters see it. */
export type ArtifactInfo = Omit<Artifact, "content">;

/** Bytes kept between builds by a key the adapter derives from everything that made them. */
export interface ArtifactCache {
  get(key: string): Uint8Array | undefined;
  set(key: string, value: Uint8Array | string): void;
}

/** Something an output wants the editor to know about a document, e.g. an email Gmail would clip. */
export interface AdapterWarning {
  /** Id of the document concerned. */
  document: string;
  /** Field the warning is about; empty for the whole document. */
  path: FieldPath;
  message: string;
}

/** What a render function gets besides the documents. */
export interface RenderContext<Options> {
  /** The adapter's options, validated by its schema. */
  options: Options;
  /** The settings every output shares. */
  site: Site;
  /** Files made earlier in the same build by the adapters listed before this one, without content. */
  artifacts: readonly ArtifactInfo[];
  /** A store for slow results (cards), kept between builds. */
  cache: ArtifactCache;
  /** Reads a file named in the settings (a logo), relative to the settings file. */
  readFile: (path: string) => Uint8Array;
  /** Reports progress of long work; the CLI shows it on a terminal. */
  progress: (done: number, total: number) => void;
  warn: (warning: AdapterWarning) => void;
}

/**
 * One output format. Pure apart from its context: no file system, no clock, no network. A render
 * function throws a `FieldError` about a field that cannot be rendered (text too long for a card),
 * so the CLI can point at the field's line; an error about the options is prefixed with the
 * package name.
 *
 * `Entry` is what the output's collection is made from, one per document: by default the resolved
 * document itself. An output that lists documents (feeds, a calendar of every date) declares
 * `collect` to take only what it needs, so that a build never holds every resolved document at
 * once, and an edit renders the collection again without resolving the other documents.
 */
export interface Adapter<Options = unknown, Entry = ResolvedDocument> {
  /** Name used in `build --only` and as the key of its settings in `belarusbrief.json`, e.g. `email`. */
  name: string;
  /** Its settings, as written under its name in `belarusbrief.json`. */
  options: z.ZodType<Options>;
  /** Files made from one document alone: its email, its Markdown, its cards, its page. */
  renderDocument?: (document: ResolvedDocument, context: RenderContext<Options>) => Promise<Artifact[]> | Artifact[];
  /**
   * What `renderCollection` needs of one document, taken while that document is rendered: plain
   * JSON (strings, numbers, booleans, arrays and objects; no `Date`, `Map` or `undefined` values),
   * because the CLI keeps it on disk between builds and reads it back. `undefined` when the
   * document adds nothing (a document without events, for a calendar). It must depend on nothing
   * but the document and the settings, like `renderDocument`.
   */
  collect?: (document: ResolvedDocument, context: RenderContext<Options>) => Entry | undefined;
  /**
   * Files made from all documents together: feeds, the calendar of every date, index pages. It
   * gets what `collect` took of every document (the resolved documents when there is no
   * `collect`), in the order of the content files, to be read once, front to back.
   */
  renderCollection?: (entries: Iterable<Entry>, context: RenderContext<Options>) => Promise<Artifact[]> | Artifact[];
}

/**
 * What an output's collection takes of one document: what its `collect` returns, or the resolved
 * document itself when it has no `collect`. `undefined` when the document adds nothing.
 */
export function collectFrom<Options, Entry>(
  adapter: Adapter<Options, Entry>,
  document: ResolvedDocument,
  context: RenderContext<Options>,
): Entry | undefined {
  return adapter.collect ? adapter.collect(document, context) : (document as unknown as Entry);
}

/** What an output's collection takes of each document ({@link collectFrom}), in the order of the content files. */
export function collectedEntries<Options, Entry>(
  adapter: Adapter<Options, Entry>,
  documents: readonly ResolvedDocument[],
  context: RenderContext<Options>,
): Entry[] {
  return documents.flatMap((document) => {
    const entry = collectFrom(adapter, document, context);
    return entry === undefined ? [] : [entry];
  });
}

/** Declares an adapter, checking its shape and inferring its options' type. */
export function defineAdapter<Options, Entry = ResolvedDocument>(
  adapter: Adapter<Options, Entry>,
): Adapter<Options, Entry> {
  if (adapter.collect && !adapter.renderCollection)
    throw new TypeError(`[@belarusbrief/core] adapter "${adapter.name}" has collect but no renderCollection to use it`);
  if (!adapter.renderDocument && !adapter.renderCollection)
    throw new TypeError(`[@belarusbrief/core] adapter "${adapter.name}" needs renderDocument or renderCollection`);
  return adapter;
}
