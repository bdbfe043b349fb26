import { fromMarkdown } from "mdast-util-from-markdown";

/**
 * Text as drawn on a card: control characters and bidi controls removed (no font draws them),
 * runs of white space folded to one space (no-break spaces kept). Joiners and variation selectors stay for emoji.
 */
export function cleanText(text: string): string {
  const visible = Array.from(text, (char) => (isInvisible(char.codePointAt(0) ?? 0) ? "" : char)).join("");
  // No-break spaces stay: they keep "35 000" and "1 200" on one line.
  return visible
    .replace(/\u202f/g, "\u00a0")
    .replace(/[ \t\n\r\f\v\u1680\u2000-\u200a\u2028\u2029\u205f\u3000]+/g, " ")
    .trim();
}

// C0/C1 controls other than white space, zero-width space, bidi marks, embeddings, isolates, BOM.
const INVISIBLE: [number, number][] = [
  [0x00, 0x08],
  [0x0b, 0x0c],
  [0x0e, 0x1f],
  [0x7f, 0x9f],
  [0x200b, 0x200b],
  [0x200e, 0x200f],
  [0x202a, 0x202e],
  [0x2066, 0x2069],
  [0xfeff, 0xfeff],
];

function isInvisible(code: number): boolean {
  return INVISIBLE.some(([from, to]) => code >= from && code <= to);
}

/** What a reader sees of a Markdown field: formatting dropped, raw HTML kept as the text it is. */
export function markdownText(markdown: string): string {
  return cleanText(textOf(fromMarkdown(markdown)));
}

/** `text` cut at a word boundary to at most `max` characters, with an ellipsis when cut. */
export function clip(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  const cut = chars.slice(0, max - 1).join("");
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** The text with its first letter in upper case, as at the start of a line. */
export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

interface MdNode {
  type: string;
  value?: string;
  alt?: string | null;
  children?: MdNode[];
}

const INLINE = new Set(["emphasis", "strong", "link", "linkReference", "inlineCode", "text", "html", "break", "image"]);

function textOf(node: MdNode): string {
  if (node.type === "break") return " ";
  if (node.type === "image") return node.alt ?? "";
  if (typeof node.value === "string") return node.value;
  const children = node.children ?? [];
  return children.map(textOf).join(children.every((child) => INLINE.has(child.type)) ? "" : " ");
}
