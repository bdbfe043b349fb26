import { Locale } from "@belarusbrief/core";
import { z } from "zod";

/**
 * The site's own settings, written under `site` in `belarusbrief.json`. The address, the folder of
 * the pages and the publication's name are the shared settings (`baseUrl`, `pagesUrl`, `title`).
 */
export const WebOptions = z.strictObject({
  /** Language of the site's own words: the main index, the header and the footer. Documents use their own. */
  locale: Locale.default("en"),
});
export type WebOptions = z.input<typeof WebOptions>;
export type ResolvedWebOptions = z.output<typeof WebOptions>;
