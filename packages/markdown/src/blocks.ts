import type { Fragment } from "./sanitize.js";

/**
 * Blocks around a Markdown field: `before` joins the field's first paragraph and `after` its last,
 * each separated by a space; when the field starts or ends with another block (a list, a quote),
 * they become paragraphs of their own.
 */
export function around(before: string, field: Fragment | undefined, after = ""): string[] {
  if (!field || field.first === undefined) return nonEmpty([join(before, after)]);
  let body = field.markdown;
  const blocks: string[] = [];
  if (before && field.first === "paragraph") body = join(before, body);
  else if (before) blocks.push(before);
  if (after && field.last === "paragraph") body = join(body, after);
  blocks.push(body);
  if (after && field.last !== "paragraph") blocks.push(after);
  return blocks;
}

/** A block quote of `blocks`. */
export function blockquote(blocks: readonly string[]): string {
  return blocks
    .join("\n\n")
    .split("\n")
    .map((line) => (line === "" ? ">" : `> ${line}`))
    .join("\n");
}

/** A bullet list, one item per Markdown text. */
export function bulletList(items: readonly string[]): string {
  return items
    .map(
      (item) =>
        `- ${item
          .split("\n")
          .join("\n  ")
          .replace(/\n {2}(?=\n)/g, "\n")}`,
    )
    .join("\n");
}

/** Blocks joined into a Markdown document, with no two rules in a row and one final line feed. */
export function document(blocks: readonly string[]): string {
  const kept: string[] = [];
  for (const block of blocks) {
    if (block === "" || (block === RULE && kept.at(-1) === RULE)) continue;
    kept.push(separateList(kept.at(-1), block));
  }
  while (kept.at(-1) === RULE) kept.pop();
  return `${kept.join("\n\n")}\n`;
}

/** A thematic break. */
export const RULE = "---";

/** `a` and `b` separated by one space, either may be empty. */
export function join(a: string, b: string): string {
  return a && b ? `${a} ${b}` : a || b;
}

/** `markdown` followed by a full stop unless `text` already ends a sentence. */
export function sentence(markdown: string, text: string): string {
  return /[.!?…]$/.test(text.trim()) ? markdown : `${markdown}.`;
}

const MARKER = /^(?:([-*+])|\d{1,9}([.)]))(?=[ \t]|$)/;

/**
 * A list right after another list with the same marker would continue it (CommonMark joins them
 * across blank lines); the second list gets another marker so it stays a list of its own.
 */
function separateList(previous: string | undefined, block: string): string {
  const marker = markerOf(block.split("\n")[0] ?? "");
  if (previous === undefined || marker === undefined) return block;
  const before = previous
    .split("\n")
    .filter((line) => /^\S/.test(line))
    .at(-1);
  if (before === undefined || markerOf(before) !== marker) return block;
  const other = marker === "-" ? "*" : marker === "." ? ")" : marker === ")" ? "." : "-";
  const lines = block.split("\n");
  let inList = true;
  return lines
    .map((line) => {
      if (/^\S/.test(line) && markerOf(line) === undefined) inList = false;
      if (!inList || markerOf(line) !== marker) return line;
      return line.replace(MARKER, (m) => (/^\d/.test(m) ? m.slice(0, -1) + other : other));
    })
    .join("\n");
}

function markerOf(line: string): string | undefined {
  const match = MARKER.exec(line);
  return match ? (match[1] ?? match[2]) : undefined;
}

function nonEmpty(blocks: string[]): string[] {
  return blocks.filter((b) => b !== "");
}
