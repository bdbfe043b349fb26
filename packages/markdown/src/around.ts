import type { RichText } from "@belarusbrief/core";
import type { BlockContent, PhrasingContent } from "mdast";
import { paragraph, spaced } from "./mdast.js";
import { blocksOf } from "./rich.js";

/**
 * A field's blocks with `before` running into its first paragraph and `after` ending its last,
 * as the seed runs a bold lead-in into the text and ends it with "(via …)". When the field starts
 * or ends with another block (a list, a quotation), they become paragraphs of their own.
 */
export function around(
  before: PhrasingContent[],
  field: RichText | undefined,
  after: PhrasingContent[] = [],
): BlockContent[] {
  const blocks = field ? blocksOf(field) : [];
  if (blocks.length === 0) {
    const line = spaced(before, after);
    return line.length ? [paragraph(line)] : [];
  }
  const first = blocks[0];
  if (before.length && first?.type === "paragraph") blocks[0] = paragraph(spaced(before, first.children));
  else if (before.length) blocks.unshift(paragraph(before));
  const last = blocks.at(-1);
  if (after.length && last?.type === "paragraph") blocks[blocks.length - 1] = paragraph(spaced(last.children, after));
  else if (after.length) blocks.push(paragraph(after));
  return blocks;
}
