import { type Document, type Locale, type Messages, messages } from "@belarusbrief/core";
import type { ResolvedOptions } from "./options.js";
import { relativeUrl } from "./urls.js";

/** What every block of a page needs. */
export interface Context {
  options: ResolvedOptions;
  /** Path of the page inside the output folder, e.g. `site/briefs/2021-02/index.html`. */
  page: string;
  /** The document shown, on a document's page. */
  doc?: Document;
  /** Language of the page. */
  locale: Locale;
}

/** A relative URL from the current page to a file in the output folder. */
export function hrefTo(ctx: Context, outputPath: string): string {
  return relativeUrl(ctx.page, outputPath);
}

/** A relative URL from the current page to another page of the site. */
export function hrefToPage(ctx: Context, sitePath: string): string {
  return relativeUrl(ctx.page, ctx.options.sitePath + sitePath);
}

/** The fixed words of `locale`. */
export function words(locale: Locale): Messages {
  return messages(locale);
}

/** ` lang="…"` when a block's language differs from the language around it, else nothing. */
export function langAttr(locale: Locale, around: Locale): string {
  return locale === around ? "" : ` lang="${locale}" dir="ltr"`;
}
