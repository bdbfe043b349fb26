import type { ArtifactInfo } from "@belarusbrief/core";

/** The files of other outputs a page links to, found by their role. */
export interface ArtifactLinks {
  /** The document's Open Graph image. */
  ogImage: (document: string) => ArtifactInfo | undefined;
  /** The `.ics` of the document's dates. */
  documentCalendar: (document: string) => ArtifactInfo | undefined;
  /** The `.ics` of every date. */
  calendar?: ArtifactInfo;
  /** Feeds of publications and of news, in the order they were made. */
  feeds: ArtifactInfo[];
}

const FEED_KINDS = new Set(["rss", "atom", "json-feed"]);

/** Looks up the artifacts of earlier outputs by `role` (never by size or path). */
export function artifactLinks(artifacts: readonly ArtifactInfo[]): ArtifactLinks {
  const byDocument = (role: ArtifactInfo["role"]) => {
    const found = new Map<string, ArtifactInfo>();
    for (const a of artifacts) if (a.role === role && a.document && !found.has(a.document)) found.set(a.document, a);
    return (document: string) => found.get(document);
  };
  const calendar = artifacts.find((a) => a.role === "calendar");
  return {
    ogImage: byDocument("og-image"),
    documentCalendar: byDocument("document-calendar"),
    ...(calendar ? { calendar } : {}),
    feeds: artifacts.filter(
      (a) => (a.role === "publications-feed" || a.role === "news-feed") && FEED_KINDS.has(a.kind),
    ),
  };
}
