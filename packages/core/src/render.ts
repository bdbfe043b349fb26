import type { Document } from "./schema/document.js";

/**
 * Renders a validated document into one output format. No I/O, no clock, no randomness: the same
 * document and options give the same output.
 */
export type Render<Options, Output> = (doc: Document, options: Options) => Promise<Output>;

/** The kinds of artifact a build writes, as listed in `manifest.json`. */
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
export type ArtifactKind = (typeof ARTIFACT_KINDS)[number];
