import { langAttributes, type ResolvedRecommendation } from "@belarusbrief/core";
import { rich } from "./context.js";
import { headingHtml } from "./heading.js";

/** Demands to one addressee: the addressee as a heading, the introduction, the demands as a list. */
export function recommendationHtml(rec: ResolvedRecommendation, level: number): string {
  const list = rec.items.length ? rich([{ type: "list", ordered: false, items: rec.items }]) : "";
  return `<div${langAttributes(rec.lang)}>${headingHtml(level, rec.addressee, "inner")}${rec.intro ? rich(rec.intro) : ""}${list}</div>`;
}
