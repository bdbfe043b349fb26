import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { gfm } from "micromark-extension-gfm";
import { type DefaultTreeAdapterMap, parse, parseFragment } from "parse5";
import { mdastText, normalizeText } from "./visible-text.js";

/** A postal address as an output shows it: its language and its lines, top to bottom. */
export interface PrintedAddress {
  lang: string | undefined;
  lines: string[];
}

/**
 * Every `address` element of an HTML page or fragment, parsed with parse5: its `lang` and its
 * text split at each `br`, as a reader sees the lines of an envelope.
 */
export function htmlAddresses(html: string): PrintedAddress[] {
  const tree = /^\s*<!doctype/i.test(html) || /^\s*<html/i.test(html) ? parse(html) : parseFragment(html);
  const out: PrintedAddress[] = [];
  const visit = (node: Node) => {
    if ("tagName" in node && node.tagName === "address") {
      const lines = [""];
      const collect = (child: Node) => {
        if ("tagName" in child && child.tagName === "br") lines.push("");
        else if (child.nodeName === "#text") lines[lines.length - 1] += (child as { value: string }).value;
        else if ("childNodes" in child) for (const c of child.childNodes) collect(c);
      };
      for (const child of node.childNodes) collect(child);
      out.push({ lang: node.attrs.find((a) => a.name === "lang")?.value, lines: lines.map(normalizeText) });
      return;
    }
    if ("childNodes" in node) for (const child of node.childNodes) visit(child);
  };
  visit(tree);
  return out;
}

/**
 * Every paragraph of a Markdown text, parsed with micromark (CommonMark and GFM), as the lines a
 * reader sees: its text split at each hard break.
 */
export function markdownParagraphLines(markdown: string): string[][] {
  const tree = fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  const out: string[][] = [];
  const visit = (node: MdNode) => {
    if (node.type === "paragraph") {
      const lines: string[] = [""];
      for (const child of node.children ?? []) {
        if (child.type === "break") lines.push("");
        else lines[lines.length - 1] += mdastText(child);
      }
      out.push(lines.map(normalizeText));
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree as MdNode);
  return out;
}

type Node = DefaultTreeAdapterMap["node"];
type MdNode = Parameters<typeof mdastText>[0] & { children?: MdNode[] };
