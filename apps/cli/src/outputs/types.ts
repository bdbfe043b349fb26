import type { ArtifactKind, Document } from "@belarusbrief/core";
import type { Cache } from "../cache.js";

/** A validated document with the file it came from. */
export interface LoadedDocument {
  document: Document;
  /** Path of the YAML file, as shown in messages. */
  file: string;
  /** Folder of the YAML file, for resolving images next to it. */
  dir: string;
  /** Where a field path is in the file. */
  locate: (path: readonly PropertyKey[]) => { line: number; column: number };
}

/** Site-wide settings from `belarusbrief.json` next to the content. */
export interface SiteSettings {
  /** Public address of the site the outputs link to, ending in `/`. */
  baseUrl: string;
  /** Address images in emails are served from; none by default (no remote images). */
  assetBaseUrl?: string;
  /** Name of the publication. */
  title: string;
  /** Who publishes it. */
  author: { name: string; email?: string; url?: string };
  /** Email settings. */
  email: {
    preset: "mailchimp" | "buttondown" | "listmonk" | "brevo" | "none";
    from?: string;
    unsubscribeUrl?: string;
    archiveUrl?: string;
  };
  /** Share-image look: theme colours, a logo (absolute path of a .png or .svg next to the settings) and the footer line. */
  cards: { theme?: Record<string, string>; logo?: string; footer?: string };
}

/** One file a build writes, as listed in `manifest.json`. */
export interface Artifact {
  kind: ArtifactKind;
  /** Path relative to the output folder, with `/` separators. */
  path: string;
  mediaType: string;
  /** Id of the source document; absent for files made from many (feeds, the calendar of all dates). */
  document?: string;
  locale?: string;
  width?: number;
  height?: number;
  alt?: string;
  content: string | Uint8Array;
}

/** What an output gets to work with. */
export interface BuildContext {
  documents: readonly LoadedDocument[];
  site: SiteSettings;
  /** Files made by the outputs built before this one in the same build (e.g. cards, for pages' meta tags). */
  built: readonly Omit<Artifact, "content">[];
  /** Results of earlier builds by content hash, for outputs whose work is slow (cards). */
  cache: Cache;
  /** Reports progress of long work (e.g. cards rendered so far); the CLI shows it on a terminal. */
  progress: (done: number, total: number, label: string) => void;
}

/** Warnings an output raises about a document (e.g. an email that Gmail would clip). */
export interface OutputWarning {
  document: LoadedDocument;
  path: readonly PropertyKey[];
  message: string;
}

/** One output format as the CLI's build sees it. Pure apart from returning files: the CLI writes them. */
export interface Output {
  /** Name used by `build --only`, e.g. `markdown`, `email`, `feeds`, `calendar`, `cards`. */
  name: string;
  build: (context: BuildContext) => Promise<{ artifacts: Artifact[]; warnings?: OutputWarning[] }>;
}
