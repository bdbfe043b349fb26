import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { gfm } from "micromark-extension-gfm";
import { type DefaultTreeAdapterMap, parse, parseFragment } from "parse5";

/**
 * Normalises text for comparison: control characters and bidi marks removed, every run of
 * white space (including no-break spaces) folded to one space.
 */
export function normalizeText(text: string): string {
  return (
    text
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, "")
      .replace(/[\s\u00a0\u202f]+/g, " ")
      .trim()
  );
}

/** What a reader sees of a Markdown field, parsed by an independent CommonMark/GFM parser; raw HTML counts as text. */
export function markdownToText(markdown: string): string {
  const tree = fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  return normalizeText(mdastText(tree));
}

interface MdNode {
  type: string;
  value?: string;
  alt?: string | null;
  children?: MdNode[];
}

const INLINE = new Set([
  "emphasis",
  "strong",
  "delete",
  "link",
  "linkReference",
  "inlineCode",
  "text",
  "html",
  "break",
  "image",
]);

/** The text of a Markdown syntax tree, blocks separated by a space, raw HTML kept as text. */
export function mdastText(node: MdNode): string {
  if (node.type === "break") return " ";
  if (node.type === "image") return node.alt ?? "";
  if (typeof node.value === "string") return node.value;
  const children = node.children ?? [];
  const inline = children.every((child) => INLINE.has(child.type));
  return children.map(mdastText).join(inline ? "" : " ");
}

/** What a reader sees of an HTML document or fragment, parsed with parse5; scripts, styles and comments are not text. */
export function htmlText(html: string): string {
  const tree = /^\s*<!doctype/i.test(html) || /^\s*<html/i.test(html) ? parse(html) : parseFragment(html);
  const out: string[] = [];
  const visit = (node: ChildNode | ParentNode) => {
    if ("value" in node && node.nodeName === "#text") out.push(node.value);
    if ((node as { tagName?: string }).tagName && HIDDEN.has((node as { tagName: string }).tagName)) return;
    if ("childNodes" in node) for (const child of node.childNodes) visit(child);
    if ((node as { tagName?: string }).tagName && BLOCKS.has((node as { tagName: string }).tagName)) out.push(" ");
  };
  visit(tree);
  return normalizeText(out.join(""));
}

/** An element of HTML that states its language, and its text. */
export interface LanguageMark {
  lang: string;
  text: string;
}

/**
 * Every element of an HTML document or fragment with a `lang` attribute, and the text in that
 * language: its text without that of elements inside it stating a language of their own (words a
 * reader's screen reader speaks in another voice). Parsed with parse5.
 */
export function htmlLanguages(html: string): LanguageMark[] {
  const tree = /^\s*<!doctype/i.test(html) || /^\s*<html/i.test(html) ? parse(html) : parseFragment(html);
  const out: LanguageMark[] = [];
  const visit = (node: ChildNode | ParentNode) => {
    const lang = langOf(node);
    if (lang !== undefined) out.push({ lang, text: normalizeText(ownText(node)) });
    if ("childNodes" in node) for (const child of node.childNodes) visit(child);
  };
  visit(tree);
  return out;
}

function langOf(node: ChildNode | ParentNode): string | undefined {
  return "attrs" in node ? node.attrs.find((a) => a.name === "lang")?.value : undefined;
}

// The text of `node`, leaving out elements inside it that state their own language.
function ownText(node: ChildNode | ParentNode): string {
  if ("value" in node && node.nodeName === "#text") return node.value;
  if (!("childNodes" in node)) return "";
  return node.childNodes.map((child) => (langOf(child) === undefined ? ownText(child) : " ")).join("");
}

type ChildNode = DefaultTreeAdapterMap["childNode"];
type ParentNode = DefaultTreeAdapterMap["parentNode"];

const HIDDEN = new Set(["script", "style", "template", "head"]);
const BLOCKS = new Set([
  "p",
  "div",
  "li",
  "td",
  "th",
  "tr",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "br",
  "blockquote",
  "section",
  "article",
  "header",
  "footer",
  "ul",
  "ol",
  "table",
  "pre",
]);
