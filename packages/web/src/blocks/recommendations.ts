import type { Locale, Recommendation } from "@belarusbrief/core";
import { langAttr } from "../context.js";
import { escapeHtml } from "../escape.js";
import { markdownBlock } from "../markdown.js";

/** Recommendations: the sentence before the list (or the addressee), then the list. */
export function recommendations(list: readonly Recommendation[] | undefined, around: Locale): string {
  return (list ?? []).map((r) => recommendation(r, around)).join("");
}

function recommendation(r: Recommendation, around: Locale): string {
  const locale = r.locale ?? around;
  const intro = r.intro ? markdownBlock(r.intro) : `<p><strong>${escapeHtml(r.addressee)}</strong></p>`;
  const items = r.items.map((item) => `<li>${markdownBlock(item)}</li>`).join("");
  return `<div class="recommendation"${langAttr(locale, around)}>${intro}<ul>${items}</ul></div>`;
}
