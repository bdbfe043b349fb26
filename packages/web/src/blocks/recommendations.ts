import { escapeHtml, langAttributes, type ResolvedRecommendation, toHtml } from "@belarusbrief/core";

/** Recommendations: the addressee unless the intro names it, the intro, then the list. */
export function recommendations(list: readonly ResolvedRecommendation[]): string {
  return list.map(recommendation).join("");
}

function recommendation(r: ResolvedRecommendation): string {
  const addressee = r.addresseeInIntro ? "" : `<p><strong>${escapeHtml(r.addressee)}</strong></p>`;
  const intro = addressee + (r.intro ? toHtml(r.intro) : "");
  const items = r.items.map((item) => `<li>${toHtml(item)}</li>`).join("");
  return `<div class="recommendation"${langAttributes(r.lang)}>${intro}<ul>${items}</ul></div>`;
}
