import type { Document, Locale } from "@belarusbrief/core";
import { indexPage } from "./index-page.js";
import { resolveOptions, type WebOptions } from "./options.js";

/** Renders the index of the documents written in `locale` (`<locale>/index.html`), in that language's words. */
export async function renderLocaleIndex(
  documents: readonly Document[],
  locale: Locale,
  options: WebOptions,
): Promise<string> {
  const resolved = resolveOptions(options);
  return indexPage(
    documents.filter((d) => d.locale === locale),
    locale,
    `${locale}/index.html`,
    resolved,
  );
}
