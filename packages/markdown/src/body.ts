import type { ResolvedBlock } from "@belarusbrief/core";
import type { PhrasingContent, RootContent } from "mdast";
import { around } from "./around.js";
import { type Context, headingAt } from "./context.js";
import { linkList } from "./links.js";
import { paragraph, rule } from "./mdast.js";
import { inlineQuote, quoteBlock } from "./quote.js";
import { inlinesOf } from "./rich.js";
import { sectionBlocks } from "./section.js";

/** How a kind of document lays out its body. */
export interface Layout {
  /** A section without a heading follows a rule (the brief's rally reports). */
  ruled: boolean;
  /** The lead quotation inside a paragraph between rules (brief), or as a block quote. */
  lead: "inline" | "quote";
  /** Runs into the first paragraph of the body when the body opens with text (a press release's dateline). */
  opening?: PhrasingContent[];
}

/** The document's body in the view's reading order: lead, intro, text and source, sections, further reading. */
export function bodyBlocks(ctx: Context, layout: Layout): RootContent[] {
  const [first, ...rest] = ctx.doc.blocks;
  const opening = layout.opening ?? [];
  if (first?.type === "text" && opening.length) return [...around(opening, first.text), ...blocksOf(ctx, rest, layout)];
  return [...(opening.length ? [paragraph(opening)] : []), ...blocksOf(ctx, ctx.doc.blocks, layout)];
}

function blocksOf(ctx: Context, blocks: readonly ResolvedBlock[], layout: Layout): RootContent[] {
  return blocks.flatMap((block) => blockNodes(ctx, block, layout));
}

function blockNodes(ctx: Context, block: ResolvedBlock, layout: Layout): RootContent[] {
  switch (block.type) {
    case "lead":
      return layout.lead === "inline" ? [...inlineQuote(block.quote), rule()] : [quoteBlock(block.quote)];
    case "text":
      return around([], block.text);
    case "source":
      return [paragraph(inlinesOf(block.citation))];
    case "section":
      return sectionBlocks(ctx, block.section, layout.ruled);
    case "links":
      return [headingAt(ctx, block.level, block.heading), linkList(block.links)];
  }
}
