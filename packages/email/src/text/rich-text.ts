import { type RichText, type TextTarget, toText } from "@belarusbrief/core";
import { length, WIDTH, wrap } from "./wrap.js";

/**
 * Rich text as the text part writes it: core's `toText`, each line after `indent`, and lines
 * longer than the margin wrapped under their list marker or quotation bar. Preformatted text is
 * never wrapped.
 */
export function richText(tree: RichText, target: TextTarget, indent = ""): string {
  return tree
    .map((block) => {
      const text = toText([block], target);
      return block.type === "codeBlock" ? indentLines(text, indent) : wrapLines(text, indent);
    })
    .filter((text) => text !== "")
    .join("\n\n");
}

function wrapLines(text: string, indent: string): string {
  return text
    .split("\n")
    .map((line) => {
      if (line === "") return indent.trimEnd();
      // Code points never outnumber UTF-16 units: a line short in units needs no counting.
      if (indent.length + line.length <= WIDTH || length(indent + line) <= WIDTH) return (indent + line).trimEnd();
      // "- ", "1. ", "> " and the spaces before them stay at the start; the rest hangs under them.
      const prefix = LINE_START.exec(line)?.[0] ?? "";
      const hang = prefix.replace(MARKER_END, (marker) => " ".repeat(marker.length));
      return wrap(line.slice(prefix.length), indent + prefix, indent + hang);
    })
    .join("\n");
}

function indentLines(text: string, indent: string): string {
  return text
    .split("\n")
    .map((line) => (line ? indent + line : indent.trimEnd()))
    .join("\n");
}

const LINE_START = /^[> ]*(?:(?:[-*]|\d+\.) )?/;
const MARKER_END = /(?:[-*]|\d+\.) $/;
