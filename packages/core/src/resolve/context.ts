import { formatPath } from "../problem.js";
import { parseMarkdown } from "../rich/parse.js";
import { parseTitle, type TitleText, titleWords } from "../rich/title.js";
import type { RichText } from "../rich/types.js";
import type { Document } from "../schema/document.js";
import type { Locale } from "../schema/primitives.js";
import type { FieldPath } from "./types.js";
import { linkTree } from "./urls.js";

/** What `resolve` needs besides the document. */
export interface ResolveOptions {
  /** Public address of the site, ending with `/`. */
  baseUrl: string;
  /** Address the team's own images may be loaded from; without it no image address is given. */
  assetBaseUrl?: string;
  /**
   * Address of the folder holding the documents' pages, ending with `/`; default `<baseUrl>site/`,
   * as in `Site`. A link to a page of the site (`/briefs/2021-02/`) is resolved under it.
   */
  pagesUrl?: string;
  /**
   * The document's Markdown fields already parsed, by field path (`sections[0].intro`), as the
   * loader returns them; a field missing here is parsed by `resolve`.
   */
  text?: ReadonlyMap<string, RichText>;
}

/** The state of one `resolve` call. */
export interface Context {
  doc: Document;
  options: ResolveOptions;
  /** `options.pagesUrl` or its default: where the site's pages, and the links to them, are. */
  pagesUrl: string;
  /** The rich text of the Markdown field at `path`, its links made absolute (placeholders unlinked). */
  rich: (path: FieldPath, markdown: string) => RichText;
}

export function createContext(doc: Document, options: ResolveOptions): Context {
  const pagesUrl = options.pagesUrl ?? `${options.baseUrl}site/`;
  return {
    doc,
    options,
    pagesUrl,
    rich: (path, markdown) => {
      const tree = options.text?.get(formatPath(path)) ?? parseMarkdown(markdown).tree;
      return linkTree(tree, pagesUrl);
    },
  };
}

/** `lang` for a block written in `locale` inside text written in `around`: set only when they differ. */
export function langOf(locale: Locale, around: Locale): { lang?: Locale } {
  return locale === around ? {} : { lang: locale };
}

/**
 * A title field as every output needs it: its words for text outputs (`Marking Дзень Волі in
 * Chicago`) and its rich form, language spans kept, for HTML ({@link TitleText}).
 */
export function titleOf(text: string): { words: string; rich: TitleText } {
  const rich = parseTitle(text).tree;
  return { words: titleWords(rich), rich };
}
