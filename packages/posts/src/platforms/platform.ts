import type { Locale, ResolvedDocument } from "@belarusbrief/core";
import type { Image, Shape } from "../card-images.js";
import type { TailStyle } from "../compose/tail.js";
import type { Unit } from "../lines.js";
import type { PlatformName, PostSettings } from "../options.js";

/** What writing one post of a thread needs besides its text. */
export interface PartContext {
  doc: ResolvedDocument;
  /** Language of the post. */
  locale: Locale;
  /** Its place in the thread, from 0. */
  index: number;
  /** The images it attaches: the first post of a thread carries them all. */
  images: readonly Image[];
  options: PostSettings;
}

/** One post written for its platform, and its length as the platform counts it. */
export interface Written {
  content: string;
  count: number;
  limit: number;
  fits: boolean;
}

/** How one platform takes posts: its file format, its limits and how it counts. */
export interface Platform extends TailStyle {
  name: PlatformName;
  /** Shown in messages: "Telegram", "X". */
  label: string;
  extension: "html" | "json" | "txt";
  mediaType: string;
  /** Whether a document's whole text is posted there, rather than a short version with the link. */
  fullText: (doc: ResolvedDocument) => boolean;
  /** How many posts the short version of a document may take. */
  teaser: (options: PostSettings) => number;
  /** The most posts it chains into a thread. */
  maxParts: number;
  images: { max: number; shape: Shape; altMax: number };
  /** The most hashtags a post takes there, whatever the settings. */
  hashtags: number;
  write: (units: Unit[], ctx: PartContext) => Written;
}

/** Written as it is posted: "https://" left out, as the apps show addresses. */
export function bareAddress(url: string): string {
  return url.replace(/^https?:\/\//i, "");
}
