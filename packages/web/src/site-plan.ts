import { type ArtifactInfo, type Locale, type ResolvedDocument, Site, type SiteInput } from "@belarusbrief/core";
import { type ArtifactLinks, artifactLinks } from "./artifact-links.js";
import { type ResolvedWebOptions, WebOptions } from "./options.js";
import { pagesFolder } from "./pages-folder.js";

/** What pages are made with: the shared settings, the site's own options, and the files of other outputs. */
export interface PageSetup {
  /** The shared settings (`baseUrl`, `pagesUrl`, `title`); default: those of core's `Site`. */
  site?: SiteInput;
  /** The site's own options (see {@link WebOptions}); default `{}`. */
  options?: WebOptions;
  /** Files other outputs made in the same build: Open Graph images, feeds, calendars, found by role. */
  artifacts?: readonly ArtifactInfo[];
}

/** Everything the pages of one site share. */
export interface SitePlan {
  site: Site;
  options: ResolvedWebOptions;
  /** Folder of the pages inside the output folder, e.g. `site/`. */
  folder: string;
  links: ArtifactLinks;
  /** Languages with an index page, linked from every header. */
  languages: Locale[];
  /** The other language versions of each document, by id. */
  versions: ReadonlyMap<string, readonly ResolvedDocument[]>;
  /** Path of a document's page inside the output folder. */
  pathOf: (doc: ResolvedDocument) => string;
}

/** Checks the setup and plans the site of `documents`; throws one readable error for bad options. */
export function planSite(documents: readonly ResolvedDocument[], setup: PageSetup): SitePlan {
  const site = Site.parse(setup.site ?? {});
  const parsed = WebOptions.safeParse(setup.options ?? {});
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".") || "options"}: ${issue.message}`);
    throw new TypeError(`[@belarusbrief/web] fix the options: ${problems.join("; ")}`);
  }
  const folder = pagesFolder(site);
  return {
    site,
    options: parsed.data,
    folder,
    links: artifactLinks(setup.artifacts ?? []),
    languages: [...new Set(documents.map((d) => d.locale))].sort(),
    versions: languageVersions(documents),
    pathOf: (doc) => pagePath(doc, site),
  };
}

/**
 * Where a document's page is written: at its address in the view (`doc.url`), inside the output
 * folder. Throws when the document was resolved for another site.
 */
function pagePath(doc: ResolvedDocument, site: Site): string {
  if (!doc.url.startsWith(site.pagesUrl) || !doc.url.endsWith("/"))
    throw new Error(
      `[@belarusbrief/web] document "${doc.id}" has its page at ${doc.url}, outside pagesUrl ${site.pagesUrl}; resolve it with the site settings the build uses`,
    );
  return `${decodeURI(doc.url.slice(site.baseUrl.length))}index.html`;
}

function languageVersions(documents: readonly ResolvedDocument[]): Map<string, ResolvedDocument[]> {
  const groups = new Map<string, ResolvedDocument[]>();
  for (const doc of documents)
    groups.set(doc.translationOf ?? doc.id, [...(groups.get(doc.translationOf ?? doc.id) ?? []), doc]);
  const out = new Map<string, ResolvedDocument[]>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    for (const doc of group)
      out.set(
        doc.id,
        group.filter((d) => d !== doc),
      );
  }
  return out;
}
