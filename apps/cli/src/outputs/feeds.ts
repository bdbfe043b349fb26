import { buildFeeds } from "@belarusbrief/feeds";
import { documentPath } from "@belarusbrief/web";
import type { Artifact, Output } from "./types.js";

/**
 * RSS 2.0, Atom 1.0 and JSON Feed 1.1 of the publications and the news, one per language plus `all`:
 * `feeds/<publications|news>.<locale|all>.<rss.xml|atom.xml|feed.json>`.
 */
export const feedsOutput: Output = {
  name: "feeds",
  build: async ({ documents, site }) => {
    const built = buildFeeds(
      documents.map((loaded) => loaded.document),
      {
        baseUrl: site.baseUrl,
        title: site.title,
        author: site.author,
        // Entries link to the pages the site output writes under site/.
        documentUrl: (doc) => `${site.baseUrl}site/${documentPath(doc).replace(/index\.html$/, "")}`,
      },
    );
    const artifacts: Artifact[] = built.map((feed) => ({
      kind: feed.format,
      path: feed.path,
      mediaType: feed.mediaType,
      ...(feed.locale === "all" ? {} : { locale: feed.locale }),
      content: feed.content,
    }));
    return { artifacts };
  },
};
