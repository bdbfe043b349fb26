import type { Document } from "@belarusbrief/core";
import { document } from "./blocks.js";
import { briefBlocks } from "./brief.js";
import { type Context, createContext } from "./context.js";
import { frontMatter } from "./front-matter.js";
import { newsItemBlocks } from "./news-item.js";
import { type MarkdownOptions, resolveOptions } from "./options.js";
import { pressReleaseBlocks } from "./press-release.js";
import { sanitize } from "./sanitize.js";
import { statementBlocks } from "./statement.js";

/**
 * Renders a validated document as GitHub-flavoured Markdown. Plain-text fields show exactly as
 * written; Markdown fields pass through with raw HTML shown as text and only https:, http: and
 * mailto: links. Pure and deterministic: the same document and options give the same string.
 */
export async function renderMarkdown(doc: Document, options?: MarkdownOptions): Promise<string> {
  const resolved = resolveOptions(options);
  const ctx = createContext(doc, resolved);
  // The whole page passes the sanitizer once more: joining safe pieces must not make HTML appear.
  const body = sanitize(document(blocksOf(ctx))).markdown;
  return `${resolved.frontMatter ? `${frontMatter(doc)}\n` : ""}${body}\n`;
}

function blocksOf(ctx: Context): string[] {
  const doc = ctx.doc;
  switch (doc.kind) {
    case "brief":
      return briefBlocks(ctx, doc);
    case "press-release":
      return pressReleaseBlocks(ctx, doc);
    case "statement":
    case "appeal":
      return statementBlocks(ctx, doc);
    case "news-item":
      return newsItemBlocks(ctx, doc);
    default:
      return unknownKind(doc);
  }
}

function unknownKind(doc: never): never {
  throw new TypeError(
    `[@belarusbrief/markdown] cannot render kind "${(doc as Document).kind}"; update @belarusbrief/markdown`,
  );
}
