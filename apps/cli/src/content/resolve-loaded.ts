import { type ResolvedDocument, resolve, type Site } from "@belarusbrief/core";
import type { LoadedDocument } from "./load-content.js";

/** A loaded document resolved for the site: the one view every output renders and `validate` checks. */
export function resolveLoaded(loaded: LoadedDocument, site: Site): ResolvedDocument {
  return resolve(loaded.document, {
    baseUrl: site.baseUrl,
    pagesUrl: site.pagesUrl,
    ...(site.assetBaseUrl ? { assetBaseUrl: site.assetBaseUrl } : {}),
    text: loaded.text,
  });
}
