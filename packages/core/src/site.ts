import { z } from "zod";
import { toUri } from "./resolve/urls.js";
import { cleanText } from "./text/clean.js";

/** Used when the settings give no address: outputs link to an example address, and builds warn. */
export const EXAMPLE_BASE_URL = "https://example.org/belarusbrief/";

const Address = z
  .url({ protocol: /^https?$/, error: "must be a full https:// address, e.g. https://belarus.example.org/" })
  .transform((url) => toUri(new URL(url.endsWith("/") ? url : `${url}/`)));

const Text = z.string().overwrite(cleanText).trim().min(1);

/**
 * The settings every output shares (the top of `belarusbrief.json`); each adapter's own settings
 * sit under its name (`email`, `cards`…) and are checked by its options schema.
 */
export const Site = z
  .strictObject({
    /** Public address of the site that feeds, pages and emails link to. */
    baseUrl: Address.default(EXAMPLE_BASE_URL),
    /** Address of the folder holding the documents' pages; default `<baseUrl>site/`, where the build puts them. */
    pagesUrl: Address.optional(),
    /** Address the team's own images may be loaded from; without it no output loads a remote image. */
    assetBaseUrl: Address.optional(),
    /** Name of the publication. */
    title: Text.default("BelarusBrief"),
    /** Who publishes it. */
    author: z
      .strictObject({
        name: Text,
        email: z.email().optional(),
        url: z
          .url({ protocol: /^https?$/ })
          .transform((url) => toUri(new URL(url)))
          .optional(),
      })
      .default({ name: "BelarusBrief" }),
  })
  .transform((site) => ({ ...site, pagesUrl: site.pagesUrl ?? `${site.baseUrl}site/` }));
/** Site settings as written. */
export type SiteInput = z.input<typeof Site>;
/** Site settings with defaults applied. */
export type Site = z.output<typeof Site>;
