import { cleanText, LOCALES, Site } from "@belarusbrief/core";
import { z } from "zod";

/** The feeds' own settings, as written under `feeds` in `belarusbrief.json`. */
export const FeedsOptions = z.strictObject({
  /** One sentence about the feeds, shown by readers under their title. Default: none. */
  description: z.string().trim().min(1).transform(cleanText).optional(),
  /** Language of the feeds' own words ("Publications", "News") in the `all` feeds. Default: `en`. */
  language: z.enum(LOCALES).default("en"),
  /** Entries per feed, newest first; older documents stay on the site. Default: 50. */
  limit: z.number().int().positive().default(50),
});
export type FeedsOptions = z.input<typeof FeedsOptions>;

/** The settings of {@link buildFeeds}: the feeds' own and the site's (address, title, author). */
export const FeedSettings = FeedsOptions.extend({
  /** The shared site settings; default core's `Site` defaults. */
  site: Site.optional(),
});
export type FeedSettings = z.input<typeof FeedSettings>;

/** The settings of one rendered feed (`renderRss`, `renderAtom`, `renderJsonFeed`). */
export const FeedOptions = FeedSettings.extend({
  /** Which feed it is (its title and self link). Default: `news` when every document is a news item. */
  feed: z.enum(["publications", "news"]).optional(),
  /** Its language: a locale, or `all` (then `language` words it). Default: `all`. */
  locale: z.enum([...LOCALES, "all"]).default("all"),
});
export type FeedOptions = z.input<typeof FeedOptions>;
export type ResolvedFeedOptions = z.output<typeof FeedOptions> & { site: Site };

/** Validates the settings of one feed, folding every problem into one readable error. */
export function parseOptions(input: FeedOptions): ResolvedFeedOptions {
  const result = FeedOptions.safeParse(input);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join(".") || "options"}: ${issue.message}`);
    throw new Error(`[@belarusbrief/feeds] fix these options: ${problems.join("; ")}`);
  }
  return { ...result.data, site: result.data.site ?? Site.parse({}) };
}
