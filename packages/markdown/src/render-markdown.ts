import type { ResolvedDocument } from "@belarusbrief/core";
import { documentTree } from "./document-tree.js";
import { frontMatter } from "./front-matter.js";
import { type MarkdownOptions, parseOptions, type ResolvedOptions } from "./options.js";
import { serialize } from "./serialize.js";

/**
 * Renders a resolved document (from `resolve` in `@belarusbrief/core`) as GitHub-flavoured
 * Markdown: every text shows as written, rich text keeps its formatting and its links, nothing
 * becomes HTML or an image. Pure and deterministic: the same document and options give the same
 * string, ending with one line feed. Throws a `TypeError` prefixed `[@belarusbrief/markdown]`
 * when the options are invalid.
 */
export function renderMarkdown(doc: ResolvedDocument, options?: MarkdownOptions): string {
  return markdownOf(doc, parseOptions(options));
}

/** {@link renderMarkdown} with options already validated. */
export function markdownOf(doc: ResolvedDocument, options: ResolvedOptions): string {
  const body = serialize(documentTree(doc, options));
  return options.frontMatter ? `${frontMatter(doc)}\n${body}` : body;
}
