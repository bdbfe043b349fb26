import { marked, type Token } from "marked";
import type { Nodes, Root } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { gfm } from "micromark-extension-gfm";

/** Parses Markdown with the CommonMark/GFM parser GitHub's rules describe (micromark). */
export function parseMarkdown(markdown: string): Root {
  return fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}

/** Every node of `tree` of the given type. */
export function nodesOf<T extends Nodes["type"]>(tree: Nodes, type: T): Extract<Nodes, { type: T }>[] {
  const out: Nodes[] = [];
  const walk = (node: Nodes) => {
    if (node.type === type) out.push(node);
    if ("children" in node) for (const child of node.children) walk(child);
  };
  walk(tree);
  return out as Extract<Nodes, { type: T }>[];
}

/** Text of a node as a reader sees it, white space folded. */
export function textOf(node: Nodes): string {
  const text = (n: Nodes): string =>
    "value" in n ? n.value : n.type === "break" ? " " : "children" in n ? n.children.map(text).join("") : "";
  return text(node).replace(/\s+/g, " ").trim();
}

/** Every token marked (a second parser, the one the CLI's privacy check uses) reads in `markdown`, nested ones included. */
export function markedTokens(markdown: string): Token[] {
  const tokens: Token[] = [];
  marked.walkTokens(marked.lexer(markdown), (token) => {
    tokens.push(token);
  });
  return tokens;
}
