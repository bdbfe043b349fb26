import type { Phrase } from "@belarusbrief/core";
import type { PhrasingContent } from "mdast";
import { text } from "./mdast.js";
import { inlinesOf } from "./rich.js";

/**
 * What follows a block in parentheses, parts separated by semicolons: "(February 18, 2021; via
 * State.gov)". Empty when there is nothing to say.
 */
export function note(parts: readonly (string | Phrase | undefined)[]): PhrasingContent[] {
  const kept = parts.filter((part) => part !== undefined && part.length > 0) as (string | Phrase)[];
  if (kept.length === 0) return [];
  const inner = kept.flatMap((part, i) => [
    ...(i > 0 ? [text("; ")] : []),
    ...(typeof part === "string" ? [text(part)] : inlinesOf(part)),
  ]);
  return [text("("), ...inner, text(")")];
}
