import { type DefaultTreeAdapterMap, parse, parseFragment } from "parse5";
import { memo } from "./memo.js";

type Node = DefaultTreeAdapterMap["node"];
export type Element = DefaultTreeAdapterMap["element"];

/** A parsed HTML document or fragment with every parse error parse5 reported (WHATWG tokeniser and tree builder). */
export interface ParsedHtml {
  root: Node;
  errors: string[];
}

/** Parses a whole document, collecting parse errors. */
export const parseHtml = memo((html: string): ParsedHtml => {
  const errors: string[] = [];
  const root = parse(html, { onParseError: (e) => errors.push(`${e.code} at ${e.startLine}:${e.startCol}`) });
  return { root, errors };
});

/** Parses a fragment (feed content), collecting parse errors. */
export const parseHtmlFragment = memo((html: string): ParsedHtml => {
  const errors: string[] = [];
  const root = parseFragment(html, { onParseError: (e) => errors.push(`${e.code} at ${e.startLine}:${e.startCol}`) });
  return { root, errors };
});

/** Every element, including those in `<head>` and `<template>` content. */
export function elementsOf(root: Node): Element[] {
  const out: Element[] = [];
  const walk = (node: Node) => {
    if ("tagName" in node) out.push(node);
    const children = "childNodes" in node ? node.childNodes : [];
    for (const child of children) walk(child);
    if ("content" in node && node.content) walk(node.content as Node);
  };
  walk(root);
  return out;
}

/** Every comment's text (Outlook conditional comments hold markup that Outlook renders). */
export function commentsOf(root: Node): string[] {
  const out: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeName === "#comment") out.push((node as DefaultTreeAdapterMap["commentNode"]).data);
    for (const child of "childNodes" in node ? node.childNodes : []) walk(child);
  };
  walk(root);
  return out;
}

const HIDDEN = new Set(["head", "style", "script", "title", "template"]);
const INLINE = new Set([
  "a",
  "abbr",
  "b",
  "bdi",
  "bdo",
  "cite",
  "code",
  "del",
  "em",
  "i",
  "q",
  "s",
  "small",
  "span",
  "strong",
  "sub",
  "sup",
  "time",
  "u",
  "mark",
]);

/** What a reader sees: body text, blocks separated by a space, `<br>` as a space. */
export function visibleText(root: Node): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if ("tagName" in node) {
      if (HIDDEN.has(node.tagName)) return;
      if (!INLINE.has(node.tagName)) parts.push(" ");
    }
    if (node.nodeName === "#text") parts.push((node as DefaultTreeAdapterMap["textNode"]).value);
    for (const child of "childNodes" in node ? node.childNodes : []) walk(child);
    if ("tagName" in node && !INLINE.has(node.tagName)) parts.push(" ");
  };
  walk(root);
  return parts.join("");
}

/** Value of an attribute, or undefined. */
export function attr(el: Element, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value;
}

/** Every string a parsed HTML tree holds, decoded: text, comments (Outlook reads some), attribute values. */
export function htmlStrings(root: Node): string[] {
  const out: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeName === "#text") out.push((node as DefaultTreeAdapterMap["textNode"]).value);
    if (node.nodeName === "#comment") out.push((node as DefaultTreeAdapterMap["commentNode"]).data);
    if ("attrs" in node) for (const a of node.attrs) out.push(a.value);
    for (const child of "childNodes" in node ? node.childNodes : []) walk(child);
    if ("content" in node && node.content) walk(node.content as Node);
  };
  walk(root);
  return out;
}
