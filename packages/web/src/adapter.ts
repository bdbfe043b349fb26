import { defineAdapter } from "@belarusbrief/core";
import { buildSite } from "./build-site.js";
import { WebOptions } from "./options.js";

/**
 * The `site` output: the static archive under the pages folder (`pagesUrl`, default `site/`). It
 * renders every page at once, since a page links its document's other language versions, and
 * runs after the outputs it links to: the document's `og-image`, the `publications-feed` and
 * `news-feed` feeds, the `document-calendar` and the `calendar`, all found by role.
 */
export const adapter = defineAdapter({
  name: "site",
  options: WebOptions,
  renderCollection: (documents, { options, site, artifacts }) =>
    buildSite([...documents], { site, options, artifacts }),
});
