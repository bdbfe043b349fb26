import { z } from "zod";

/** The Markdown adapter's settings (`"markdown"` in `belarusbrief.json`) and the options of `renderMarkdown`. */
export const MarkdownOptions = z.strictObject({
  /** Added to every heading level: 1 makes the title `##` and sections `###`. At most 4. */
  headingOffset: z
    .number()
    .int({ error: "headingOffset must be a whole number from 0 to 4, e.g. 1 to start at ##" })
    .min(0, { error: "headingOffset must be a whole number from 0 to 4, e.g. 1 to start at ##" })
    .max(4, { error: "headingOffset must be a whole number from 0 to 4, e.g. 1 to start at ##" })
    .default(0),
  /** Start with YAML front matter (title, date, locale, tags, kind, id, description) for static-site generators. */
  frontMatter: z.boolean({ error: "frontMatter must be true or false" }).default(true),
});
export type MarkdownOptions = z.input<typeof MarkdownOptions>;
export type ResolvedOptions = z.output<typeof MarkdownOptions>;

/** Validates options, throwing one readable error that says how to fix each problem. */
export function parseOptions(options: MarkdownOptions | undefined): ResolvedOptions {
  const result = MarkdownOptions.safeParse(options ?? {});
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join(".") || "options"}: ${issue.message}`);
  throw new TypeError(`[@belarusbrief/markdown] fix the options of renderMarkdown: ${problems.join("; ")}`);
}
