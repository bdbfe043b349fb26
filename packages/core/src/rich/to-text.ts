import type { Block, Inline, Link, RichText } from "./types.js";

/** How links and nesting are written in plain text. */
export interface TextTarget {
  /** The marker of a bullet list's items; default "- ". */
  bullet?: string;
  /**
   * What a link becomes, given its text and address; default the text, followed by the address in
   * parentheses when the text is not the address itself.
   */
  link?: (text: string, url: string) => string;
}

/**
 * Rich text as plain text: paragraphs separated by a blank line, list items as "- " or "1. ",
 * quotations with "> ", code indented by four spaces, table rows with cells joined by " | ".
 * Lines are not wrapped.
 */
export function toText(tree: RichText, target: TextTarget = {}): string {
  return tree.map((block) => blockText(block, target)).join("\n\n");
}

/** Inline rich text as plain text on one line (see {@link toText} for links). */
export function inlineToText(nodes: readonly Inline[], target: TextTarget = {}): string {
  return nodes.map((node) => inlineText(node, target)).join("");
}

/** What a reader sees of rich text, white space folded into single spaces: for previews, alt text, markers. */
export function oneLine(tree: RichText | readonly Inline[]): string {
  const words: string[] = [];
  const visit = (node: Block | Inline) => {
    if ("value" in node) words.push(node.value);
    else if (node.type === "break" || node.type === "rule") words.push(" ");
    else if (node.type === "list") for (const item of node.items) for (const b of item) visit(b);
    else if (node.type === "table")
      for (const row of [node.head, ...node.rows])
        for (const cell of row) {
          visitAll(cell);
          words.push(" ");
        }
    else visitAll(node.children);
    if (isBlock(node)) words.push(" ");
  };
  const visitAll = (nodes: readonly (Block | Inline)[]) => {
    for (const node of nodes) visit(node);
  };
  visitAll(tree);
  return words.join("").replace(/\s+/g, " ").trim();
}

function blockText(block: Block, target: TextTarget): string {
  switch (block.type) {
    case "paragraph":
      return inlineToText(block.children, target);
    case "list":
      return block.items
        .map((item, i) => {
          const marker = block.ordered ? `${(block.start ?? 1) + i}. ` : (target.bullet ?? "- ");
          return indent(toText(item, target), marker, " ".repeat(marker.length));
        })
        .join("\n");
    case "blockquote":
      return indent(toText(block.children, target), "> ", "> ");
    case "codeBlock":
      return indent(block.value.replace(/\n$/, ""), "    ", "    ");
    case "table":
      return [block.head, ...block.rows]
        .map((row) => row.map((cell) => inlineToText(cell, target).replace(/\s+/g, " ").trim()).join(" | "))
        .join("\n");
    case "rule":
      return "* * *";
  }
}

function inlineText(node: Inline, target: TextTarget): string {
  switch (node.type) {
    case "text":
    case "code":
      return node.value;
    case "break":
      return "\n";
    case "link": {
      const text = inlineToText(node.children, target);
      if (target.link) return target.link(text, node.url);
      return sameAddress(text, node.url) ? text : `${text} (${node.url})`;
    }
    default:
      return inlineToText(node.children, target);
  }
}

/** Every link of rich text, in reading order. */
export function linksOf(nodes: readonly (Block | Inline)[]): Link[] {
  return nodes.flatMap((node): Link[] => {
    if (node.type === "link") return [node, ...linksOf(node.children)];
    if (node.type === "list") return node.items.flatMap(linksOf);
    if (node.type === "table") return [node.head, ...node.rows].flatMap((row) => row.flatMap(linksOf));
    return "children" in node ? linksOf(node.children) : [];
  });
}

/** Whether a link's text is its address already (an autolink), so the address need not follow it. */
export function sameAddress(text: string, url: string): boolean {
  const bare = (s: string) => s.replace(/^(https?:\/\/|mailto:)/i, "").replace(/\/$/, "");
  return bare(text) === bare(url);
}

function indent(text: string, first: string, rest: string): string {
  return text
    .split("\n")
    .map((line, i) => (line === "" && i > 0 ? rest.trimEnd() : (i === 0 ? first : rest) + line))
    .join("\n");
}

function isBlock(node: Block | Inline): node is Block {
  return (
    node.type === "paragraph" ||
    node.type === "list" ||
    node.type === "blockquote" ||
    node.type === "codeBlock" ||
    node.type === "table" ||
    node.type === "rule"
  );
}
