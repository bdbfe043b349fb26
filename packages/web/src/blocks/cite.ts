import { inlineToHtml, type Phrase } from "@belarusbrief/core";

/**
 * `(via A, B, …more)` after a claim, in a `<span>` of `className`: its citation and any further
 * HTML (a date); empty when there is nothing to say.
 */
export function citation(phrase: Phrase | undefined, more: readonly string[] = [], className = "via"): string {
  const parts = [phrase ? inlineToHtml(phrase) : "", ...more].filter(Boolean);
  return parts.length > 0 ? `<span class="${className}">(${parts.join(", ")})</span>` : "";
}
