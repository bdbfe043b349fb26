import type { Locale, ResolvedDocument } from "@belarusbrief/core";
import type { SitePlan } from "./site-plan.js";
import { relativeUrl } from "./urls.js";

/** What every part of one page needs. */
export interface Context {
  plan: SitePlan;
  /** Path of the page inside the output folder, e.g. `site/briefs/2021-02/index.html`. */
  page: string;
  /** Language of the page. */
  locale: Locale;
  /** The document shown, on a document's page. */
  doc?: ResolvedDocument;
}

/** A relative URL from the current page to a file in the output folder. */
export function hrefTo(ctx: Context, outputPath: string): string {
  return relativeUrl(ctx.page, outputPath);
}

/** A relative URL from the current page to another page of the site (a path inside the pages folder). */
export function hrefToPage(ctx: Context, pagePath: string): string {
  return relativeUrl(ctx.page, ctx.plan.folder + pagePath);
}
