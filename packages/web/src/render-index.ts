import type { ResolvedDocument } from "@belarusbrief/core";
import { indexPage } from "./index-page.js";
import { type PageSetup, planSite } from "./site-plan.js";

/**
 * The site's front page (`index.html` in the pages folder): every publication by month, newest
 * first, then the news items, in the words of the site's `locale`. Pure and deterministic.
 */
export function renderIndex(documents: readonly ResolvedDocument[], setup: PageSetup = {}): string {
  const plan = planSite(documents, setup);
  return indexPage(documents, plan.options.locale, "index.html", plan);
}
