import type { Recommendation } from "@belarusbrief/core";
import { bulletList } from "./blocks.js";
import { shows } from "./cite.js";
import { escapeText } from "./escape.js";
import { sanitize } from "./sanitize.js";

/** Recommendations to one addressee: the intro (or "**the addressee**:"), then the items as a list. */
export function recommendationBlocks(rec: Recommendation): string[] {
  const intro = rec.intro ? sanitize(rec.intro) : undefined;
  const blocks = shows(intro?.text, rec.addressee, true) ? [] : [`**${escapeText(rec.addressee)}**:`];
  if (intro) blocks.push(intro.markdown);
  blocks.push(bulletList(rec.items.map((item) => sanitize(item).markdown)));
  return blocks;
}
