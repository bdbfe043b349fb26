import { Locale } from "@belarusbrief/core";
import { z } from "zod";

/** A path inside the output folder, e.g. `cards/2021-02/cover-og.png`: no leading `/`, no `..`. */
const OutputPath = z.string().regex(/^(?!\/)(?!.*(^|\/)\.\.(\/|$))[^\s?#]+$/, {
  error: "must be a path inside the output folder without ../, e.g. cards/2021-02/cover-og.png",
});

/** A share image for a document's meta tags. */
export const CardLink = z.strictObject({
  path: OutputPath,
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  alt: z.string().optional(),
});
export type CardLink = z.infer<typeof CardLink>;

/** A feed the pages announce for autodiscovery. */
export const FeedLink = z.strictObject({
  kind: z.enum(["rss", "atom", "json-feed"]),
  path: OutputPath,
  /** Language of the feed's entries; absent for a feed of every language. */
  locale: Locale.optional(),
  /** Name shown to readers; default: the format and language. */
  title: z.string().trim().min(1).optional(),
});
export type FeedLink = z.infer<typeof FeedLink>;

/** Options of every renderer of `@belarusbrief/web`. */
export const WebOptions = z.strictObject({
  /** Public address of the output folder, ending with `/`; canonical and Open Graph URLs start with it. */
  baseUrl: z
    .url({
      protocol: /^https?$/,
      error: "baseUrl must be an absolute https:// address, e.g. https://belarus.example.org/",
    })
    .refine((url) => url.endsWith("/"), { error: "baseUrl must end with /, e.g. https://belarus.example.org/" }),
  /** Name of the publication, shown in every page's header and title. */
  title: z.string().trim().min(1).default("BelarusBrief"),
  /** Language of the site's own words (navigation, the main index). Documents use their own. */
  locale: Locale.default("en"),
  /** Folder of the pages inside the output folder, ending with `/`. */
  sitePath: z
    .string()
    .regex(/^([a-z0-9._-]+\/)*$/, { error: 'sitePath must be a folder ending with /, e.g. "site/", or ""' })
    .default("site/"),
  /** Share image of each document, by document id. */
  cards: z.record(z.string(), CardLink).default({}),
  /** Feeds to announce on every page. */
  feeds: z.array(FeedLink).default([]),
  /** iCalendar file of each document's dates, by document id. */
  calendars: z.record(z.string(), OutputPath).default({}),
  /** iCalendar file of every date, linked from the footer. */
  calendar: OutputPath.optional(),
  /** Languages that have an index page, linked from the header. */
  languages: z.array(Locale).default([]),
  /** The other language versions of each document (see `translationOf` in the model), by document id. */
  versions: z
    .record(z.string(), z.array(z.strictObject({ id: z.string(), locale: Locale, path: OutputPath })))
    .default({}),
});
export type WebOptions = z.input<typeof WebOptions>;
export type ResolvedOptions = z.output<typeof WebOptions>;

/** Validates options, throwing one readable error that says how to fix each problem. */
export function resolveOptions(options: WebOptions): ResolvedOptions {
  const result = WebOptions.safeParse(options);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join(".") || "options"}: ${issue.message}`);
  throw new TypeError(`[@belarusbrief/web] fix the options: ${problems.join("; ")}`);
}
