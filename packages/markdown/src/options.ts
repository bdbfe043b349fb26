import { Locale } from "@belarusbrief/core";
import { z } from "zod";

/** Options of `renderMarkdown`. */
export const MarkdownOptions = z.strictObject({
  /** Added to every heading level: 1 makes the title `##` and sections `###`. At most 4. */
  headingOffset: z
    .number()
    .int()
    .min(0)
    .max(4, { error: "headingOffset must be a whole number from 0 to 4, e.g. 1 to start at ##" })
    .default(0),
  /** Start with YAML front matter (title, date, locale, tags, kind, id) for static-site generators. */
  frontMatter: z.boolean().default(false),
  /** Language of the fixed words ("via", "Further reading"); the document's own by default. */
  locale: Locale.optional(),
});
export type MarkdownOptions = z.input<typeof MarkdownOptions>;
export type ResolvedOptions = z.output<typeof MarkdownOptions>;

/** Validates options, throwing one readable error that says how to fix each problem. */
export function resolveOptions(options: MarkdownOptions | undefined): ResolvedOptions {
  const result = MarkdownOptions.safeParse(options ?? {});
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join(".") || "options"}: ${issue.message}`);
  throw new TypeError(`[@belarusbrief/markdown] fix the options of renderMarkdown: ${problems.join("; ")}`);
}
