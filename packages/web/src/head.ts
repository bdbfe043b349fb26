import type { Locale } from "@belarusbrief/core";
import type { Context } from "./context.js";
import { hrefTo } from "./context.js";
import { escapeHtml } from "./escape.js";
import type { CardLink, FeedLink } from "./options.js";
import { STYLE } from "./style.js";
import { publicUrl } from "./urls.js";

/** What a page says about itself in `<head>`. */
export interface HeadParts {
  title: string;
  description: string;
  /** `article` for a document, `website` for an index. */
  type: "article" | "website";
  card?: CardLink | undefined;
  published?: string | undefined;
  locale: Locale;
}

const MEDIA_TYPES: Record<FeedLink["kind"], string> = {
  rss: "application/rss+xml",
  atom: "application/atom+xml",
  "json-feed": "application/feed+json",
};

/**
 * `<head>`: title, description, canonical URL, Open Graph and Twitter tags with the card, feed
 * autodiscovery, a policy that forbids any request to another site, and the inline stylesheet.
 */
export function head(ctx: Context, parts: HeadParts): string {
  const { baseUrl, title: site } = ctx.options;
  const url = publicUrl(baseUrl, ctx.page);
  const meta = (key: "name" | "property", name: string, content: string) =>
    `<meta ${key}="${name}" content="${escapeHtml(content)}">`;
  const out = [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="referrer" content="no-referrer">',
    `<title>${escapeHtml(parts.title === site ? site : `${parts.title} — ${site}`)}</title>`,
    meta("name", "description", parts.description),
    `<link rel="canonical" href="${escapeHtml(url)}">`,
    meta("property", "og:type", parts.type),
    meta("property", "og:site_name", site),
    meta("property", "og:title", parts.title),
    meta("property", "og:description", parts.description),
    meta("property", "og:url", url),
  ];
  if (parts.published) out.push(meta("property", "article:published_time", parts.published));
  out.push(meta("name", "twitter:card", parts.card ? "summary_large_image" : "summary"));
  if (parts.card) {
    const image = publicUrl(baseUrl, parts.card.path);
    out.push(
      meta("property", "og:image", image),
      meta("property", "og:image:type", "image/png"),
      meta("property", "og:image:width", String(parts.card.width)),
      meta("property", "og:image:height", String(parts.card.height)),
      meta("name", "twitter:image", image),
    );
    if (parts.card.alt)
      out.push(meta("property", "og:image:alt", parts.card.alt), meta("name", "twitter:image:alt", parts.card.alt));
  }
  for (const feed of ctx.options.feeds) {
    const lang = feed.locale ? ` hreflang="${feed.locale}"` : "";
    out.push(
      `<link rel="alternate" type="${MEDIA_TYPES[feed.kind]}"${lang} title="${escapeHtml(feedTitle(ctx, feed))}" href="${escapeHtml(hrefTo(ctx, feed.path))}">`,
    );
  }
  const versions = ctx.options.versions[ctx.doc?.id ?? ""] ?? [];
  if (versions.length > 0) {
    // Each language version names every other one, and itself, as search engines expect.
    out.push(`<link rel="alternate" hreflang="${parts.locale}" href="${escapeHtml(url)}">`);
    for (const v of versions) {
      out.push(
        `<link rel="alternate" hreflang="${v.locale}" href="${escapeHtml(publicUrl(baseUrl, ctx.options.sitePath + v.path))}">`,
      );
    }
  }
  out.push(`<style>${STYLE}</style>`);
  return `<head>\n${out.join("\n")}\n</head>`;
}

/** A feed's name for readers: its title, else the site, format and language. */
export function feedTitle(ctx: Context, feed: FeedLink): string {
  const format = { rss: "RSS", atom: "Atom", "json-feed": "JSON Feed" }[feed.kind];
  return feed.title ?? `${ctx.options.title} — ${format}${feed.locale ? ` (${feed.locale})` : ""}`;
}

// Nothing may be fetched from anywhere: only this page's inline styles and images of this site.
const CSP = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";
