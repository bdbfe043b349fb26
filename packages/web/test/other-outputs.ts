import type { ArtifactInfo, ResolvedDocument } from "@belarusbrief/core";

/**
 * What the outputs before `site` would list for `docs` in a build: an Open Graph image and a
 * calendar per document, a second (square) card that must not become the Open Graph image, feeds
 * of publications and news per language in three formats, and the calendar of every date.
 */
export function otherOutputs(docs: readonly ResolvedDocument[]): ArtifactInfo[] {
  const locales = [...new Set(docs.map((d) => d.locale))].sort();
  const perDocument = docs.flatMap((d): ArtifactInfo[] => [
    // Listed first, and as wide as an Open Graph image: only its role says it is not one.
    {
      kind: "card",
      role: "card",
      path: `cards/${d.id}/square.png`,
      mediaType: "image/png",
      document: d.id,
      width: 1200,
      height: 1200,
    },
    {
      kind: "card",
      role: "og-image",
      path: `cards/${d.id}/cover-og.png`,
      mediaType: "image/png",
      document: d.id,
      locale: d.locale,
      width: 1200,
      height: 630,
      alt: `Cover: ${d.title}`,
    },
    ...(d.all.events.length > 0
      ? [
          {
            kind: "ics",
            role: "document-calendar",
            path: `calendar/${d.id}.ics`,
            mediaType: "text/calendar",
            document: d.id,
          } as const,
        ]
      : []),
  ]);
  const feeds = locales.flatMap((locale) =>
    (["publications", "news"] as const).flatMap((name) =>
      (
        [
          ["rss", "rss.xml", "application/rss+xml"],
          ["atom", "atom.xml", "application/atom+xml"],
          ["json-feed", "feed.json", "application/feed+json"],
        ] as const
      ).map(
        ([kind, extension, mediaType]): ArtifactInfo => ({
          kind,
          role: name === "news" ? "news-feed" : "publications-feed",
          // The folder names say nothing: only the role tells news from publications.
          path: `feeds/${locale}/${kind}-${name === "news" ? "b" : "a"}.${extension}`,
          mediaType,
          locale,
        }),
      ),
    ),
  );
  const calendar: ArtifactInfo = {
    kind: "ics",
    role: "calendar",
    path: "calendar/upcoming.ics",
    mediaType: "text/calendar",
  };
  return [...perDocument, ...feeds, calendar];
}
