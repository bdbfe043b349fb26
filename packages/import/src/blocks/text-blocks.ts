import { LIMITS } from "@belarusbrief/core";
import { isBlank, trimAll } from "../text/normalize.js";
import { isCapitals } from "../text/words.js";
import type { Block } from "./block.js";

// "•", the PDF symbol font's bullet (U+F0B7), "▪", "●", "◦", "·", "-", "*", "+", "1.", "1)". Not "–":
// a PDF export wraps lines before a dash as often as anyone uses it as a bullet.
const BULLET = /^(?:[•\uf0b7▪●◦·*+-]|\d{1,3}[.)])[\s\u00a0]+/u;
const RULE = /^(?:-{3,}|\*{3,}|_{3,}|—{2,})$/;
const HEADING = /^(#{1,6})\s+(.+?)\s*#*$/;
/** Lines at least this long, all but the last of a paragraph, were wrapped by a PDF or e-mail export. */
const WRAPPED = 50;

/**
 * The blocks of a plain text (PDF or web-page exports, word-processor text): paragraphs separated
 * by blank lines; lines in capitals as headings; bullet lines as lists; lines wrapped by an export
 * joined again (hyphenation repaired); other line breaks kept as Markdown hard breaks.
 */
export function textBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  for (const paragraph of paragraphs(text)) {
    for (const block of splitParagraph(paragraph.lines, paragraph.line)) {
      const last = blocks.at(-1);
      if (block.type === "list" && last?.type === "list" && last.items && block.items) {
        last.items.push(...block.items);
        last.text = last.items.join("\n");
      } else blocks.push(block);
    }
  }
  return blocks;
}

/** Runs of non-blank lines with the line they start on, each line trimmed. */
export function paragraphs(text: string): { lines: string[]; line: number }[] {
  const out: { lines: string[]; line: number }[] = [];
  let current: { lines: string[]; line: number } | undefined;
  text.split("\n").forEach((raw, index) => {
    if (isBlank(raw)) {
      current = undefined;
      return;
    }
    if (!current) {
      current = { lines: [], line: index + 1 };
      out.push(current);
    }
    current.lines.push(trimAll(raw));
  });
  return out;
}

/** Joins the lines of a paragraph: wrapped prose with spaces, short lines with hard breaks. */
export function joinLines(lines: readonly string[]): string {
  const wrapped = lines.length > 1 && lines.slice(0, -1).every((l) => [...l].length >= WRAPPED);
  if (!wrapped) return lines.join("\\\n");
  let out = lines[0] ?? "";
  for (const line of lines.slice(1)) {
    // "ill-" at the end of one line and "treatment" on the next is one word.
    out = /\p{L}-$/u.test(out) && /^\p{Ll}/u.test(line) ? out + line : `${out} ${line}`;
  }
  return out;
}

/**
 * One paragraph of the input as blocks: a run of capitals at its start is a heading run into its
 * text; a line ending with a colon introduces what follows; from the first bullet on, a list.
 */
function splitParagraph(lines: readonly string[], line: number): Block[] {
  const blocks: Block[] = [];
  let from = 0;
  const emit = (to: number) => {
    if (to > from) blocks.push(segment(lines.slice(from, to), line + from));
    from = to;
  };
  const capitals = leadingCapitals(lines);
  if (capitals > 0 && capitals < lines.length) emit(capitals);
  for (let i = from; i < lines.length; i++) {
    if (BULLET.test(lines[i] ?? "")) {
      emit(i);
      blocks.push(listBlock(lines.slice(i), line + i));
      return blocks;
    }
    if (i < lines.length - 1 && /:$/.test(lines[i] ?? "")) emit(i + 1);
  }
  emit(lines.length);
  return blocks;
}

function segment(lines: readonly string[], line: number): Block {
  const first = lines[0] ?? "";
  if (lines.length === 1 && RULE.test(first)) return { type: "rule", text: "", line };
  const heading = lines.length === 1 ? HEADING.exec(first) : null;
  if (heading && (heading[2]?.length ?? 0) <= LIMITS.plainText)
    return { type: "heading", text: heading[2] ?? "", depth: heading[1]?.length ?? 2, line };
  const text = lines.join(" ");
  if (lines.length <= 3 && text.length <= LIMITS.plainText && lines.every(isCapitals)) {
    return /:\s*$/.test(text)
      ? { type: "paragraph", text, capitals: true, line }
      : { type: "heading", text, depth: 2, capitals: true, line };
  }
  return { type: "paragraph", text: joinLines(lines), line };
}

function listBlock(lines: readonly string[], line: number): Block {
  const items: string[][] = [];
  for (const l of lines) {
    if (BULLET.test(l)) items.push([l.replace(BULLET, "")]);
    else items.at(-1)?.push(l);
  }
  const texts = items.map((item) => joinLines(item)).filter((t) => !isBlank(t));
  return { type: "list", text: texts.join("\n"), items: texts, line };
}

/** How many lines at the start are written in capitals (a heading run into its paragraph). */
function leadingCapitals(lines: readonly string[]): number {
  let n = 0;
  while (n < lines.length && isCapitals(lines[n] ?? "")) n++;
  return n;
}
