import type { Document, Locale } from "@belarusbrief/core";
import { indexPage } from "./index-page.js";
import { resolveOptions, type WebOptions } from "./options.js";
import { documentPage } from "./render-document-page.js";
import { documentPath } from "./urls.js";

/** One page of the site; `path` is inside the site folder, e.g. `briefs/2021-02/index.html`. */
export interface SitePage {
  path: string;
  html: string;
  /** Language of the page. */
  locale: Locale;
  /** Id of the document shown; absent on index pages. */
  document?: string;
}

/**
 * The whole site: `index.html`, `<locale>/index.html` for each language present, and a page per
 * document at `<kind path>/<id>/index.html`. Every page links to every language index. Throws when
 * two documents share a kind and id (their pages would overwrite each other).
 */
export async function buildSite(documents: readonly Document[], options: WebOptions): Promise<SitePage[]> {
  const present = [...new Set(documents.map((d) => d.locale))].sort() as Locale[];
  const resolved = resolveOptions({
    ...options,
    languages: options.languages ?? present,
    versions: options.versions ?? languageVersions(documents),
  });
  const pages: SitePage[] = [
    {
      path: "index.html",
      locale: resolved.locale,
      html: indexPage(documents, resolved.locale, "index.html", resolved),
    },
  ];
  for (const locale of present) {
    const path = `${locale}/index.html`;
    pages.push({
      path,
      locale,
      html: indexPage(
        documents.filter((d) => d.locale === locale),
        locale,
        path,
        resolved,
      ),
    });
  }
  const seen = new Set<string>();
  for (const doc of documents) {
    const path = documentPath(doc);
    if (seen.has(path))
      throw new Error(`[@belarusbrief/web] two documents are both ${path}; give one of them another id`);
    seen.add(path);
    pages.push({ path, locale: doc.locale, document: doc.id, html: documentPage(doc, resolved) });
  }
  return pages;
}

/** For each document, its other language versions: documents sharing its `translationOf` group. */
export function languageVersions(
  documents: readonly Document[],
): Record<string, { id: string; locale: Locale; path: string }[]> {
  const groups = new Map<string, Document[]>();
  for (const doc of documents) {
    const key = doc.translationOf ?? doc.id;
    groups.set(key, [...(groups.get(key) ?? []), doc]);
  }
  const out: Record<string, { id: string; locale: Locale; path: string }[]> = {};
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    for (const doc of group) {
      out[doc.id] = group.filter((d) => d !== doc).map((d) => ({ id: d.id, locale: d.locale, path: documentPath(d) }));
    }
  }
  return out;
}
