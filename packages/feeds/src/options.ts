import { type Document, LOCALES, type Locale } from "@belarusbrief/core";
import { z } from "zod";
import { httpUrl } from "./clean.js";

const BaseUrl = z
  .string()
  .refine((value) => /^https?:\/\/[^/\s]+\/(\S*\/)?$/.test(value) && URL.canParse(value), {
    error: "baseUrl must be an absolute https:// or http:// address ending with /, e.g. https://belarus.example.org/",
  })
  .transform((value) => httpUrl(value) ?? value);

/** Who publishes the feeds. */
export const Author = z.strictObject({
  name: z.string().trim().min(1),
  email: z.email().optional(),
  url: z.url({ protocol: /^https?$/ }).optional(),
});

/** Options of the feed functions. */
export const FeedOptions = z.strictObject({
  /** Public address of the site, ending in `/`; every link in the feeds is absolute under it. */
  baseUrl: BaseUrl,
  /** Name of the publication. Default: `BelarusBrief`. */
  title: z.string().trim().min(1).default("BelarusBrief"),
  /** One sentence about the feeds. */
  description: z.string().trim().min(1).optional(),
  /** Who publishes; entries without an author of their own are credited to it. Default: `{ name: title }`. */
  author: Author.optional(),
  /** Language of the feeds' own words in the "all" feeds. Default: `en`. */
  language: z.enum(LOCALES).default("en"),
  /** Address of a document's web page. Default: `${baseUrl}<kind path>/<id>/`. */
  documentUrl: z.custom<(doc: Document) => string>((value) => typeof value === "function").optional(),
  /** Which feed a single render is (for its self link and title). Default: inferred from the documents. */
  feed: z.enum(["publications", "news"]).optional(),
  /** Language of a single render: a locale or `all`. Default: `all`. */
  locale: z.enum([...LOCALES, "all"]).default("all"),
});
export type FeedOptions = z.input<typeof FeedOptions>;
export type ResolvedFeedOptions = z.output<typeof FeedOptions>;

/** Options of the calendar functions. */
export const CalendarOptions = z.strictObject({
  /** Public address of the site, ending in `/`; its host name makes the event UIDs unique. */
  baseUrl: BaseUrl,
  /** Name of the calendar. Default: the document's title, or `BelarusBrief` for a list of events. */
  title: z.string().trim().min(1).optional(),
  /** Date (`YYYY-MM-DD`) written as DTSTAMP; needed when rendering a list of events, else the document's date. */
  stamp: z.iso.date().optional(),
});
export type CalendarOptions = z.input<typeof CalendarOptions>;
export type ResolvedCalendarOptions = z.output<typeof CalendarOptions>;

/** Validates options, folding every problem into one readable error. */
export function parseOptions<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join(".") || "options"}: ${issue.message}`);
  throw new Error(`[@belarusbrief/feeds] fix these options: ${problems.join("; ")}`);
}

export type { Locale };
