import { type Locale, messages } from "@belarusbrief/core";
import { buildSite, type CardLink, type FeedLink } from "@belarusbrief/web";
import type { Artifact, BuildContext, Output } from "./types.js";

type Built = BuildContext["built"][number];

/**
 * The static web archive under `site/`: `index.html`, `<locale>/index.html`, and a page per document
 * at `site/<kind path>/<id>/index.html`. Runs after the other outputs: each page's Open Graph image is
 * the document's 1200×630 card, feeds are announced for autodiscovery, and dates link to the
 * document's `.ics`, all found in `context.built`.
 */
export const siteOutput: Output = {
  name: "site",
  async build({ documents, site, built, progress }) {
    const docs = documents.map((d) => d.document);
    const pages = await buildSite(docs, {
      baseUrl: site.baseUrl,
      title: site.title,
      sitePath: "site/",
      cards: cardsOf(built),
      feeds: feedsOf(built, site.title),
      calendars: Object.fromEntries(
        built.filter((a) => a.kind === "ics" && a.document).map((a) => [a.document as string, a.path]),
      ),
      ...calendarOf(built),
    });
    const artifacts: Artifact[] = pages.map((page, i) => {
      progress(i + 1, pages.length, "Web pages");
      return {
        kind: "page",
        path: `site/${page.path}`,
        mediaType: "text/html; charset=utf-8",
        ...(page.document ? { document: page.document } : {}),
        locale: page.locale,
        content: page.html,
      };
    });
    return { artifacts };
  },
};

/** Each document's Open Graph card (1200×630), preferring the first one the cards output made. */
function cardsOf(built: readonly Built[]): Record<string, CardLink> {
  const out: Record<string, CardLink> = {};
  for (const a of built) {
    if (a.kind !== "card" || !a.document || a.width !== 1200 || a.height !== 630 || out[a.document]) continue;
    out[a.document] = { path: a.path, width: a.width, height: a.height, ...(a.alt ? { alt: a.alt } : {}) };
  }
  return out;
}

function feedsOf(built: readonly Built[], title: string): FeedLink[] {
  return built.flatMap((a) => {
    if (a.kind !== "rss" && a.kind !== "atom" && a.kind !== "json-feed") return [];
    const locale = a.locale as Locale | undefined;
    const format = { rss: "RSS", atom: "Atom", "json-feed": "JSON Feed" }[a.kind];
    const words = messages(locale ?? "en");
    const name = a.path.includes("news") ? words.news : words.publications;
    return [
      {
        kind: a.kind,
        path: a.path,
        ...(locale ? { locale } : {}),
        title: `${title}: ${name}${locale ? ` (${locale})` : ""} — ${format}`,
      },
    ];
  });
}

function calendarOf(built: readonly Built[]): { calendar?: string } {
  const all = built.find((a) => a.kind === "ics" && !a.document);
  return all ? { calendar: all.path } : {};
}
