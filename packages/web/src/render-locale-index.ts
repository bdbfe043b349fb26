import type { Locale, ResolvedDocument } from "@belarusbrief/core";
import { indexPage } from "./index-page.js";
import { type PageSetup, planSite } from "./site-plan.js";

/** The index of the documents written in `locale` (`<locale>/index.html`), in that language's words. */
export function renderLocaleIndex(
  documents: readonly ResolvedDocument[],
  locale: Locale,
  setup: PageSetup = {},
): string {
  const plan = planSite(documents, setup);
  return indexPage(
    documents.filter((d) => d.locale === locale),
    locale,
    `${locale}/index.html`,
    plan,
  );
}
