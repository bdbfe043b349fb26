import type { Document } from "@belarusbrief/core";
import { indexPage } from "./index-page.js";
import { resolveOptions, type WebOptions } from "./options.js";

/**
 * Renders the site's front page (`index.html`): every publication by month, newest first, then the
 * news items, in the words of `options.locale`. Pure and deterministic.
 */
export async function renderIndex(documents: readonly Document[], options: WebOptions): Promise<string> {
  const resolved = resolveOptions(options);
  return indexPage(documents, resolved.locale, "index.html", resolved);
}
