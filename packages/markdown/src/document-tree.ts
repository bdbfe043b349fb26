import type { ResolvedDocument } from "@belarusbrief/core";
import type { PhrasingContent, Root, RootContent } from "mdast";
import { bodyBlocks } from "./body.js";
import { type Context, createContext, headingAt } from "./context.js";
import { linked, paragraph, plain, rule, spaced, strong, text } from "./mdast.js";
import type { ResolvedOptions } from "./options.js";

/**
 * The whole document as one mdast tree, laid out like seed 000: the brief opens with its title,
 * "tagline, MONTH" and the lead between rules; a press release with its kind and "**New York, May
 * 21, 2030** —" running into the text; a statement or appeal with kind, author and date; a news
 * item with its date.
 */
export function documentTree(doc: ResolvedDocument, options: ResolvedOptions): Root {
  const ctx = createContext(doc, options);
  return { type: "root", children: tidy([headingAt(ctx, 1, doc.title), ...blocksOf(ctx)]) };
}

function blocksOf(ctx: Context): RootContent[] {
  const doc = ctx.doc;
  switch (doc.kind) {
    case "brief": {
      const month = doc.period ? [text(doc.period.text.toLocaleUpperCase(doc.locale))] : [];
      const tagline = doc.tagline ? [plain(`${doc.tagline},`)] : [];
      const line = spaced(tagline, month);
      return [...(line.length ? [paragraph(line)] : []), rule(), ...bodyBlocks(ctx, { ruled: true, lead: "inline" })];
    }
    case "press-release": {
      const date = doc.dateline ? `${doc.dateline}, ${doc.date.text}` : doc.date.text;
      const opening = [strong([plain(date)]), text(" —")];
      return [meta(doc, { kind: true }), ...bodyBlocks(ctx, { ruled: false, lead: "quote", opening })];
    }
    case "statement":
    case "appeal":
      return [meta(doc, { kind: true, date: true }), ...bodyBlocks(ctx, { ruled: false, lead: "quote" })];
    case "news-item":
      return [meta(doc, { date: true }), ...bodyBlocks(ctx, { ruled: false, lead: "quote" })];
    default:
      return unknownKind(doc.kind);
  }
}

/** The line under a title: "**Statement** · [Amnesty International](url) · August 9, 2021", with the parts asked for. */
function meta(doc: ResolvedDocument, parts: { kind?: boolean; date?: boolean }): RootContent {
  const runs: PhrasingContent[][] = [
    parts.kind ? [strong([text(doc.kindLabel)])] : [],
    doc.author ? linked(doc.author.url, [plain(doc.author.name)]) : [],
    parts.date ? [text(doc.date.text)] : [],
  ].filter((run) => run.length > 0);
  return paragraph(runs.flatMap((run, i) => (i === 0 ? run : [text(" · "), ...run])));
}

/** No two rules in a row and none at the end. */
function tidy(blocks: RootContent[]): RootContent[] {
  const kept = blocks.filter((block, i) => block.type !== "thematicBreak" || blocks[i - 1]?.type !== "thematicBreak");
  while (kept.at(-1)?.type === "thematicBreak") kept.pop();
  return kept;
}

function unknownKind(kind: never): never {
  throw new TypeError(`[@belarusbrief/markdown] cannot render kind "${String(kind)}"; update @belarusbrief/markdown`);
}
