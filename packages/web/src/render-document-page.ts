import type { ResolvedDocument } from "@belarusbrief/core";
import { documentPage } from "./document-page.js";
import { type PageSetup, planSite } from "./site-plan.js";

/**
 * The page of any document (brief, press release, statement, appeal or news item) as a complete
 * HTML page for its address `doc.url`. `collection` is every document of the site (default this
 * one alone): the header links each language present, and the page links the document's other
 * language versions among them. Pure and deterministic.
 */
export function renderDocumentPage(
  doc: ResolvedDocument,
  setup: PageSetup = {},
  collection: readonly ResolvedDocument[] = [doc],
): string {
  return documentPage(doc, planSite(collection.includes(doc) ? collection : [...collection, doc], setup));
}
