import { FieldError, formatPath } from "@belarusbrief/core";
import type { CardText } from "./card.js";
import { div, type Node } from "./element.js";
import { FONT_FAMILY } from "./fonts.js";
import type { TextRole } from "./frame.js";
import { checkGlyphs } from "./glyphs.js";
import type { Size, Theme } from "./options.js";
import { textHeight } from "./text-lines.js";

/** A text to place in a column. Without `share` it keeps its size; with one it shrinks to its part of the free height. */
export interface Block {
  field: CardText;
  role: TextRole;
  share?: number;
}

/** A text set at one size in a box of one width, exactly as it is measured. */
export function textNode(text: string, role: TextRole, fontSize: number, width: number, theme: Theme): Node {
  return div(
    {
      width,
      flexShrink: 0,
      fontFamily: FONT_FAMILY,
      fontSize,
      fontWeight: role.weight,
      color: theme[role.color],
      lineHeight: role.lineHeight,
      wordBreak: "break-word",
      ...(role.uppercase ? { textTransform: "uppercase", letterSpacing: letterSpacing(role, fontSize) } : {}),
    },
    text,
  );
}

/**
 * Sets `blocks` one under another in a box of `width` × `height`: fixed texts at their size,
 * shrinking texts as large as their share of the remaining height allows (binary search on the
 * font size, each size measured from the fonts' metrics, as satori will lay it out or taller). Fails with a FieldError naming the field and
 * how much shorter it must be when a text does not fit at its smallest size, or names a character
 * no bundled font or emoji has. Never clips.
 */
export async function fitColumn(
  blocks: Block[],
  box: { width: number; height: number; gap: number; size: Size; theme: Theme },
): Promise<{ nodes: Node[]; height: number }> {
  for (const { field, role } of blocks) await checkGlyphs(field.text, role.weight, field.path);
  const sizes = new Map<Block, { size: number; height: number }>();
  for (const block of blocks.filter((b) => b.share === undefined)) {
    const limit = Math.ceil(block.role.max * block.role.lineHeight * (block.role.maxLines ?? 1)) + 1;
    const height = measure(block, block.role.max, box.width);
    if (height > limit) throw await tooLong(block, box.width, limit, box.size);
    sizes.set(block, { size: block.role.max, height });
  }
  let free = box.height - box.gap * (blocks.length - 1) - [...sizes.values()].reduce((sum, s) => sum + s.height, 0);
  let shares = blocks.reduce((sum, b) => sum + (b.share ?? 0), 0);
  for (const block of blocks.filter((b) => b.share !== undefined)) {
    const allowed = Math.floor((free * (block.share ?? 0)) / shares);
    const fitted = await fitSize(block, box.width, allowed, box.size);
    sizes.set(block, fitted);
    free -= fitted.height;
    shares -= block.share ?? 0;
  }
  const nodes = blocks.map((b) =>
    textNode(b.field.text, b.role, sizes.get(b)?.size ?? b.role.min, box.width, box.theme),
  );
  const height = [...sizes.values()].reduce((sum, s) => sum + s.height, box.gap * (blocks.length - 1));
  return { nodes, height };
}

async function fitSize(block: Block, width: number, allowed: number, size: Size) {
  const { max, min } = block.role;
  const atMax = measure(block, max, width);
  if (atMax <= allowed) return { size: max, height: atMax };
  const atMin = measure(block, min, width);
  if (atMin > allowed) throw await tooLong(block, width, allowed, size);
  let fits = { size: min, height: atMin };
  let lo = min;
  let hi = max;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    const height = measure(block, mid, width);
    if (height <= allowed) {
      lo = mid;
      fits = { size: mid, height };
    } else hi = mid;
  }
  return fits;
}

/** The error for a text that does not fit even at its smallest size, with how many characters would. */
async function tooLong(block: Block, width: number, allowed: number, size: Size): Promise<Error> {
  const chars = [...block.field.text];
  let lo = 0;
  let hi = chars.length;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    const prefix = { ...block, field: { ...block.field, text: chars.slice(0, mid).join("") } };
    if (measure(prefix, block.role.min, width) <= allowed) lo = mid;
    else hi = mid;
  }
  const excess = chars.length - lo;
  const what = block.field.path.length > 0 ? formatPath(block.field.path) : `"${block.field.text}"`;
  const message = `[@belarusbrief/social] ${what} is ${excess} character${excess === 1 ? "" : "s"} too long for the ${size} card; shorten it to about ${lo} characters`;
  return block.field.path.length > 0 ? new FieldError(message, block.field.path) : new Error(message);
}

/** Height of a text at one size and width, from the fonts' metrics (see {@link textHeight}): never below satori's. */
function measure(block: Block, fontSize: number, width: number): number {
  const { role, field } = block;
  const style = {
    fontSize,
    weight: role.weight,
    letterSpacing: letterSpacing(role, fontSize),
    uppercase: role.uppercase ?? false,
  };
  return textHeight(field.text, width, style, role.lineHeight);
}

function letterSpacing(role: TextRole, fontSize: number): number {
  return role.uppercase ? fontSize * 0.06 : 0;
}
