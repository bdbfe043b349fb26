import type { Block, Inline, RichText } from "@belarusbrief/core";
import type { BlockContent, ListItem, PhrasingContent, TableRow } from "mdast";
import { writable } from "./phrasing.js";

/** Rich text as mdast blocks, node for node. */
export function blocksOf(tree: RichText): BlockContent[] {
  return tree.map(blockOf);
}

/**
 * Inline rich text (a paragraph's content, a phrase) as mdast phrasing content, as Markdown can
 * write it (see {@link writable}). A language span keeps its text.
 */
export function inlinesOf(nodes: readonly Inline[]): PhrasingContent[] {
  return writable(mapped(nodes, NONE));
}

function mapped(nodes: readonly Inline[], within: ReadonlySet<Inline["type"]>): PhrasingContent[] {
  return nodes.flatMap((node) => inlineOf(node, within));
}

const NONE: ReadonlySet<Inline["type"]> = new Set();

/** A list item holding `blocks`, tight unless `spread` (a loose list's items are separated by blank lines). */
export function listItem(blocks: BlockContent[], spread = false): ListItem {
  return { type: "listItem", spread, children: blocks };
}

function blockOf(block: Block): BlockContent {
  switch (block.type) {
    case "paragraph":
      return { type: "paragraph", children: withoutTrailingBreaks(inlinesOf(block.children)) };
    case "list":
      return {
        type: "list",
        ordered: block.ordered,
        ...(block.ordered && block.start !== undefined ? { start: block.start } : {}),
        spread: block.spread === true,
        children: block.items.map((item) => listItem(blocksOf(item), block.spread === true)),
      };
    case "blockquote":
      return { type: "blockquote", children: blocksOf(block.children) };
    case "codeBlock":
      return { type: "code", lang: null, meta: null, value: block.value.replace(/\n$/, "") };
    case "table":
      return { type: "table", align: [], children: [row(block.head), ...block.rows.map(row)] };
    case "rule":
      return { type: "thematicBreak" };
  }
}

function inlineOf(node: Inline, within: ReadonlySet<Inline["type"]>): PhrasingContent[] {
  switch (node.type) {
    case "text":
      return [{ type: "text", value: node.value }];
    case "strong":
    case "emphasis":
    case "delete":
      // Bold inside bold is bold: written with the same delimiters, `**a**b**c**` would read as
      // two runs of bold with plain text between them (likewise emphasis and strikethrough).
      if (within.has(node.type)) return mapped(node.children, within);
      return [{ type: node.type, children: mapped(node.children, new Set([...within, node.type])) }];
    case "code":
      return [{ type: "inlineCode", value: node.value }];
    case "link":
      return [{ type: "link", url: node.url, title: null, children: mapped(node.children, within) }];
    case "break":
      return [{ type: "break" }];
    // Markdown has no language markup: the span's text stays, its language is not written.
    case "span":
      return mapped(node.children, within);
  }
}

// A hard break ending a paragraph means nothing in Markdown (CommonMark drops it); one is left when
// cleaning removed the text after it.
function withoutTrailingBreaks(nodes: PhrasingContent[]): PhrasingContent[] {
  let end = nodes.length;
  while (end > 0 && nodes[end - 1]?.type === "break") end--;
  return end === nodes.length ? nodes : nodes.slice(0, end);
}

function row(cells: Inline[][]): TableRow {
  return { type: "tableRow", children: cells.map((cell) => ({ type: "tableCell", children: inlinesOf(cell) })) };
}
