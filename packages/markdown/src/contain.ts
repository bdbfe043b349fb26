import type { Definition, Link, LinkReference, Nodes, Root } from "mdast";
import { BRACKETS, INVISIBLE } from "./escape.js";
import { destination } from "./link.js";

/** Source text from `start` to `end` replaced by `text`. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

/**
 * The edit closing a fenced code block left open at the end of a field, which would otherwise run
 * on over everything that follows it on the page; undefined when there is none.
 */
export function closeFence(tree: Root, source: string): Edit | undefined {
  const last = tree.children.at(-1);
  const [start, end] = [last?.position?.start.offset, last?.position?.end.offset];
  if (last?.type !== "code" || start === undefined || end === undefined) return undefined;
  const lines = source.slice(start, end).split("\n");
  const fence = /^ {0,3}(`{3,}|~{3,})/.exec(lines[0] ?? "")?.[1];
  // Indented code ends by itself at the next line that is not indented.
  if (fence === undefined) return undefined;
  const closer = new RegExp(`^ {0,3}${fence[0] === "`" ? "`" : "~"}{${fence.length},}[ \\t]*$`);
  const closed = lines.length > 1 && closer.test(lines.at(-1) ?? "");
  return closed ? undefined : { start: end, end, text: `\n${fence}` };
}

/** The first definition of each label, as CommonMark resolves references. */
export function definitionsOf(tree: Root): Map<string, Definition> {
  const found = new Map<string, Definition>();
  const visit = (node: Nodes) => {
    if (node.type === "definition" && !found.has(node.identifier)) found.set(node.identifier, node);
    if ("children" in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return found;
}

/** `[text][label]` as the inline link `[text](url "title")` its definition gives. */
export function inlineLink(node: LinkReference, definition: Definition, source: string): string {
  const title = definition.title ? ` "${escapeTitle(definition.title)}"` : "";
  return `[${labelSource(node, source)}](${destination(definition.url)}${title})`;
}

/** The Markdown source of a link's text, between its brackets. */
export function labelSource(node: { children: Nodes[] }, source: string): string {
  const from = node.children[0]?.position?.start.offset;
  const to = node.children.at(-1)?.position?.end.offset;
  return from === undefined || to === undefined ? "" : source.slice(from, to);
}

/**
 * Edits writing each `[` and `]` in the text of a link (escaped or not) as a character reference:
 * marked drops the backslash of `\[` in a link's text before reading it, so `[!\[x\](https://…)](url)`
 * shows an image there (CommonMark reads text).
 */
export function labelBrackets(node: Link, source: string): Edit[] {
  const edits: Edit[] = [];
  const visit = (child: Nodes) => {
    const [start, end] = [child.position?.start.offset, child.position?.end.offset];
    if (child.type === "text" && start !== undefined && end !== undefined) {
      const slice = source.slice(start, end);
      const text = slice.replace(/\\([\s\S])|[[\]]/g, (m, ch?: string) => BRACKETS[ch ?? m] ?? m);
      if (text !== slice) edits.push({ start, end, text });
    }
    if ("children" in child) for (const c of child.children) visit(c);
  };
  visit(node);
  return edits;
}

/**
 * The edit removing the character references of a text (`&#x202E;`, `&#xFEFF;`) that stand for a
 * character {@link stripControls} removes; undefined when there are none.
 */
export function invisibleReferences(node: Nodes, source: string): Edit | undefined {
  const [start, end] = [node.position?.start.offset, node.position?.end.offset];
  if (node.type !== "text" || start === undefined || end === undefined || !hasInvisible(node.value)) return undefined;
  const slice = source.slice(start, end);
  const text = slice.replace(
    /\\[\s\S]|&#(?:[xX]([0-9a-fA-F]{1,6})|([0-9]{1,7}));/g,
    (m, hex?: string, dec?: string) => {
      const code = hex !== undefined ? Number.parseInt(hex, 16) : dec !== undefined ? Number(dec) : -1;
      return code >= 0 && code <= 0x10ffff && hasInvisible(String.fromCodePoint(code)) ? "" : m;
    },
  );
  return text === slice ? undefined : { start, end, text };
}

function hasInvisible(text: string): boolean {
  return text.replace(INVISIBLE, "") !== text;
}

function escapeTitle(title: string): string {
  return title
    .replace(/\s+/g, " ")
    .replace(/["\\]/g, "\\$&")
    .replace(/&(?=#?[a-zA-Z0-9]+;)/g, "\\&");
}
