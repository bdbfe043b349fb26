import { type Artifact, FieldError, type Locale, type ResolvedDocument } from "@belarusbrief/core";
import { documentPage } from "./document-page.js";
import { indexPage } from "./index-page.js";
import { type PageSetup, planSite } from "./site-plan.js";

const MEDIA_TYPE = "text/html; charset=utf-8";

/**
 * The whole site as artifacts: `index.html` in the site's language, `<locale>/index.html` for each
 * language present (role `index-page`), and each document's page at its address `doc.url`
 * (role `page`), all under the pages folder (`pagesUrl` relative to `baseUrl`, default `site/`).
 * Pure and deterministic. Throws a `FieldError` on the `id` of a document whose page another
 * document already has.
 */
export function buildSite(documents: readonly ResolvedDocument[], setup: PageSetup = {}): Artifact[] {
  const plan = planSite(documents, setup);
  const page = (path: string, locale: Locale, content: string, document?: string): Artifact => ({
    kind: "page",
    role: document ? "page" : "index-page",
    path,
    mediaType: MEDIA_TYPE,
    ...(document ? { document } : {}),
    locale,
    content,
  });
  const out = [
    page(
      `${plan.folder}index.html`,
      plan.options.locale,
      indexPage(documents, plan.options.locale, "index.html", plan),
    ),
  ];
  for (const locale of plan.languages) {
    const path = `${locale}/index.html`;
    const own = documents.filter((d) => d.locale === locale);
    out.push(page(plan.folder + path, locale, indexPage(own, locale, path, plan)));
  }
  const seen = new Set<string>();
  for (const doc of documents) {
    const path = plan.pathOf(doc);
    if (seen.has(path))
      throw new FieldError(
        `[@belarusbrief/web] another document has the page ${path} already; give this one another id`,
        ["id"],
        doc.id,
      );
    seen.add(path);
    out.push(page(path, doc.locale, documentPage(doc, plan), doc.id));
  }
  return out;
}
