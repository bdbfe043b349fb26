import { sameAddress } from "@belarusbrief/core";
import { htmlText } from "@belarusbrief/testkit";
import { marked, Parser, type Token, type Tokens } from "marked";
import type { Nodes, Root } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { gfm } from "micromark-extension-gfm";

/** Parses Markdown with the CommonMark/GFM parser GitHub's rules describe (micromark). */
export function parseMarkdown(markdown: string): Root {
  return fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}

/** The YAML front matter of an output (between the opening `---` and the next `---` line) and the Markdown after it. */
export function splitFrontMatter(output: string): { yaml?: string; body: string } {
  const match = /^---\n([\s\S]*?\n)---\n\n/.exec(output);
  return match ? { yaml: match[1], body: output.slice(match[0].length) } : { body: output };
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

/**
 * The structure of a tree as one string: each node's type (with a heading's depth, a link's
 * address, a list's kind) around its content, text with white space folded. Two trees with the
 * same signature show the same text with the same formatting, links and blocks. A link showing its
 * own address counts as text: GitHub links a bare address (`a@b.co`) in text whatever escapes it.
 */
export function signature(tree: Nodes): string {
  const out: string[] = [];
  const walk = (node: Nodes) => {
    if (node.type === "text") {
      out.push(node.value);
      return;
    }
    if (node.type === "link" && isAddress(node)) {
      for (const child of node.children) walk(child);
      return;
    }
    out.push(`\u0001${node.type}${attributes(node)}\u0002`);
    if (node.type === "code" || node.type === "inlineCode") out.push(node.value);
    if ("children" in node) for (const child of node.children) walk(child);
    out.push("\u0003");
  };
  walk(tree);
  return (
    out
      .join("")
      .replace(/\s+/g, " ")
      // biome-ignore lint/suspicious/noControlCharactersInRegex: the delimiters above; the core cleaner keeps them out of any text
      .replace(/ ?([\u0001-\u0003]) ?/g, "$1")
  );
}

/** Whether a node is a link whose text is its own address, as GFM's bare-address links are. */
export function isAddress(node: Nodes): boolean {
  return node.type === "link" && sameAddress(textOf(node), node.url);
}

function attributes(node: Nodes): string {
  if (node.type === "heading") return String(node.depth);
  if (node.type === "link") return ` ${node.url}`;
  if (node.type === "list") return node.ordered ? ` ${node.start ?? 1}.` : " -";
  return "";
}

/** Every token marked (a second parser, the one core reads Markdown fields with) reads in `markdown`, nested ones included. */
export function markedTokens(markdown: string): Token[] {
  const tokens: Token[] = [];
  marked.walkTokens(marked.lexer(markdown), (token) => {
    tokens.push(token);
  });
  return tokens;
}

/** What a reader sees of a marked token with inline content (a heading, strong text, a link), rendered by marked itself. */
export function markedText(token: Token): string {
  const inline = (token as Tokens.Generic).tokens ?? [];
  return htmlText(new Parser().parseInline(inline));
}
