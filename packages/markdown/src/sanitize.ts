import type { Nodes, Root } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { gfm } from "micromark-extension-gfm";
import {
  closeFence,
  definitionsOf,
  type Edit,
  inlineLink,
  invisibleReferences,
  labelBrackets,
  labelSource,
} from "./contain.js";
import { escapeText, stripControls } from "./escape.js";
import { isSafeUrl } from "./link.js";

/** A Markdown field made safe, with the kinds of its first and last blocks. */
export interface Fragment {
  markdown: string;
  /** Type of the first block (`paragraph`, `list`…), undefined when empty. */
  first: string | undefined;
  /** Type of the last block. */
  last: string | undefined;
  /** The text a reader sees, white space folded. */
  text: string;
  /** The visible text of each link. */
  linkTexts: string[];
}

/**
 * Passes Markdown through with raw HTML shown as text (its `<` written as `&lt;`), links and
 * images with schemes other than https:, http: and mailto: replaced by their text, other images
 * turned into links (a reader's viewer never fetches them), and control characters, bidi controls
 * and U+FEFF removed (also when written as character references). The result is self-contained:
 * a fenced code block left open is closed, reference links become inline links and their
 * definitions are dropped (a definition would apply to the whole page), and brackets in link text
 * are written as character references (marked would read `\[` there as a bracket).
 */
export function sanitize(source: string): Fragment {
  let markdown = stripControls(source)
    .replace(/^\s*\n/, "")
    .trimEnd();
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const tree = parse(markdown);
    const edits = outermost(findEdits(tree, markdown));
    if (edits === undefined) break;
    if (edits.length === 0) {
      const [first, last] = [tree.children[0]?.type, tree.children.at(-1)?.type];
      return { markdown, first, last, text: visibleText(tree), linkTexts: linkTexts(tree) };
    }
    markdown = applyEdits(markdown, edits)
      .replace(/^\s*\n/, "")
      .trimEnd();
  }
  // Unreachable for anything micromark parses, but never emit what could not be made safe.
  const markdownText = escapeText(source);
  const block = markdownText ? "paragraph" : undefined;
  const tree = parse(markdownText);
  return { markdown: markdownText, first: block, last: block, text: visibleText(tree), linkTexts: linkTexts(tree) };
}

/** Parses Markdown as GitHub does (CommonMark + GFM). */
export function parse(markdown: string): Root {
  return fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}

const MAX_PASSES = 8;
const NEEDS = new Set(["html", "image", "imageReference", "definition", "linkReference"]);
const CONTAINERS = new Set(["root", "blockquote", "list", "listItem", "table", "tableRow", "footnoteDefinition"]);

/** The edits that neutralise `tree`; undefined when an unsafe node has no position to edit. */
function findEdits(tree: Root, source: string): Edit[] | undefined {
  const definitions = definitionsOf(tree);
  const edits: Edit[] = [];
  let lost = false;
  const visit = (node: Nodes) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    const unsafe = "url" in node && !isSafeUrl(node.url);
    const needs = NEEDS.has(node.type) || unsafe;
    if (needs && (start === undefined || end === undefined)) lost = true;
    else if (needs && start !== undefined && end !== undefined) {
      const slice = source.slice(start, end);
      if (node.type === "html") edits.push({ start, end, text: slice.replaceAll("<", "&lt;") });
      else if (node.type === "image" && unsafe) edits.push({ start, end, text: escapeText(node.alt ?? "") });
      else if (node.type === "image" || node.type === "imageReference")
        edits.push({ start, end: start + 1, text: "" }); // `![alt](url)` → `[alt](url)`
      // A definition would apply to the whole page: each field's references become inline links.
      else if (node.type === "definition") edits.push({ start, end, text: "" });
      else if (node.type === "linkReference") {
        const definition = definitions.get(node.identifier);
        const safe = definition && isSafeUrl(definition.url);
        edits.push({ start, end, text: safe ? inlineLink(node, definition, source) : labelSource(node, source) });
      } else if (node.type === "link") edits.push({ start, end, text: childrenSource(node, source) });
      else lost = true;
    }
    if (node.type === "link" && !unsafe) edits.push(...labelBrackets(node, source));
    const hidden = invisibleReferences(node, source);
    if (hidden) edits.push(hidden);
    if ("children" in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  const fence = closeFence(tree, source);
  if (fence) edits.push(fence);
  return lost ? undefined : edits;
}

/** Text of a tree, white space folded; used to tell whether a field already shows a title. */
export function visibleText(node: Nodes): string {
  const text = (n: Nodes): string => {
    if ("value" in n) return n.value;
    if (!("children" in n)) return " ";
    return n.children.map(text).join(CONTAINERS.has(n.type) ? " " : "");
  };
  return text(node).replace(/\s+/g, " ").trim();
}

function linkTexts(node: Nodes): string[] {
  if (node.type === "link") return [visibleText(node)];
  return "children" in node ? node.children.flatMap(linkTexts) : [];
}

function childrenSource(node: { children: Nodes[] }, source: string): string {
  // An autolink's text is its address: escape the colon so it is not recognised again.
  return labelSource(node, source).replace(/^([a-zA-Z][a-zA-Z0-9+.-]*):/, "$1\\:");
}

/** Edits not inside another edit (inner ones are found again on the next pass), or undefined if none were possible. */
function outermost(edits: Edit[] | undefined): Edit[] | undefined {
  if (edits === undefined) return undefined;
  const sorted = [...edits].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Edit[] = [];
  for (const edit of sorted) {
    const last = out.at(-1);
    if (last && edit.start < last.end) continue;
    out.push(edit);
  }
  return out;
}

function applyEdits(source: string, edits: Edit[]): string {
  let out = source;
  for (const edit of [...edits].reverse()) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}
