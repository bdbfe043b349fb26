import type { Block, FieldPath, Inline, Phrase, RichText } from "@belarusbrief/core";
import { type Line, line, type Run, runsText, type Unit, unit } from "./lines.js";

type Marks = Omit<Run, "text">;

/**
 * Inline rich text as runs. A link keeps its words and loses its address: a post links to the
 * document's page only, where every source is linked.
 */
export function inlineRuns(nodes: readonly Inline[] | Phrase, marks: Marks = {}): Run[] {
  return nodes.flatMap((node): Run[] => {
    switch (node.type) {
      case "text":
        return [{ text: node.value, ...marks }];
      case "code":
        return [{ text: node.value, code: true }];
      case "break":
        return [{ text: "\n", ...marks }];
      case "strong":
        return inlineRuns(node.children, { ...marks, bold: true });
      case "emphasis":
        return inlineRuns(node.children, { ...marks, italic: true });
      case "delete":
        return inlineRuns(node.children, { ...marks, strike: true });
      default:
        return inlineRuns(node.children, marks);
    }
  });
}

/**
 * Rich text as units of lines: a paragraph is a unit of one line, a list a unit with a line per
 * item ("• ", "1. "), a quotation lines marked `quote`, preformatted text a `pre` line, a table a
 * line per row with cells joined by " | ".
 */
export function richUnits(tree: RichText, path: FieldPath, marks: Marks = {}): Unit[] {
  return tree.map((block) => {
    const lines = blockLines(block, marks);
    return unit(path, lines, block.type === "paragraph" && introduces(lines[0]?.runs ?? []) ? { heading: true } : {});
  });
}

// A short paragraph that is all bold, or ends with a colon, a question mark or no full stop at all
// ("Summary:", "📌 What about data protection?") introduces what follows: a post does not end after it.
function introduces(runs: readonly Run[]): boolean {
  const text = runsText(runs).trim();
  if (text === "" || text.length > 100) return false;
  return runs.every((r) => r.bold || r.text.trim() === "") || /[:?]$|[^.!…"'”»)]$/u.test(text);
}

/** The lines of rich text, without the blank lines between its blocks. */
export function richLines(tree: RichText, marks: Marks = {}): Line[] {
  return tree.flatMap((block) => blockLines(block, marks));
}

function blockLines(block: Block, marks: Marks): Line[] {
  switch (block.type) {
    case "paragraph":
      return [line(inlineRuns(block.children, marks))];
    case "list":
      return block.items.flatMap((item, i) => {
        const prefix = block.ordered ? `${(block.start ?? 1) + i}. ` : "• ";
        const [first, ...rest] = richLines(item, marks);
        // A nested list's items are indented under the item that holds them.
        const nested = rest.map((l) => (l.prefix ? { ...l, prefix: `   ${l.prefix}` } : l));
        return [{ ...(first ?? line([])), prefix }, ...nested];
      });
    case "blockquote":
      return richLines(block.children, marks).map((l) => ({ ...l, quote: true }));
    case "codeBlock":
      return [line([{ text: block.value.replace(/\n$/, "") }], { pre: true })];
    case "table":
      return [block.head, ...block.rows].map((row, r) =>
        line(
          row.flatMap((cell, i) => [
            ...(i > 0 ? [{ text: " | ", ...marks }] : []),
            ...inlineRuns(cell, r === 0 ? { ...marks, bold: true } : marks),
          ]),
        ),
      );
    case "rule":
      return [line([{ text: "* * *" }])];
  }
}
