import { type ArtifactInfo, escapeHtml, type Locale, messages } from "@belarusbrief/core";
import { type Context, hrefTo } from "./context.js";
import { STYLE } from "./style.js";
import { publicUrl } from "./urls.js";

/** What a page says about itself in `<head>`. */
export interface HeadParts {
  title: string;
  description: string;
  /** `article` for a document, `website` for an index. */
  type: "article" | "website";
  /** The document's Open Graph image. */
  image?: ArtifactInfo | undefined;
  published?: string | undefined;
  locale: Locale;
}

const FEED_TYPES: Record<string, string> = {
  rss: "application/rss+xml",
  atom: "application/atom+xml",
  "json-feed": "application/feed+json",
};

/**
 * `<head>`: title, description, canonical URL, Open Graph and Twitter tags with the image, feed
 * autodiscovery, the document's other language versions, a policy that forbids any request to
 * another site, and the inline stylesheet.
 */
export function head(ctx: Context, parts: HeadParts): string {
  const { baseUrl, title: site } = ctx.plan.site;
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
  out.push(meta("name", "twitter:card", parts.image ? "summary_large_image" : "summary"));
  if (parts.image) out.push(...imageTags(baseUrl, parts.image, meta));
  for (const feed of ctx.plan.links.feeds) {
    const lang = feed.locale ? ` hreflang="${feed.locale}"` : "";
    out.push(
      `<link rel="alternate" type="${FEED_TYPES[feed.kind]}"${lang} title="${escapeHtml(feedTitle(ctx, feed))}" href="${escapeHtml(hrefTo(ctx, feed.path))}">`,
    );
  }
  const versions = ctx.doc ? (ctx.plan.versions.get(ctx.doc.id) ?? []) : [];
  if (ctx.doc && versions.length > 0) {
    // Each language version names every other one, and itself, as search engines expect.
    out.push(`<link rel="alternate" hreflang="${ctx.doc.locale}" href="${escapeHtml(ctx.doc.url)}">`);
    for (const v of versions) out.push(`<link rel="alternate" hreflang="${v.locale}" href="${escapeHtml(v.url)}">`);
  }
  out.push(`<style>${STYLE}</style>`);
  return `<head>\n${out.join("\n")}\n</head>`;
}

/** A feed's name for readers: the site, what the feed holds, its language and format. */
export function feedTitle(ctx: Context, feed: ArtifactInfo): string {
  const words = messages(feed.locale ?? ctx.plan.options.locale);
  const name = feed.role === "news-feed" ? words.news : words.publications;
  const format = { rss: "RSS", atom: "Atom", "json-feed": "JSON Feed" }[feed.kind as string] ?? feed.kind;
  return `${ctx.plan.site.title}: ${name}${feed.locale ? ` (${feed.locale})` : ""} — ${format}`;
}

function imageTags(
  baseUrl: string,
  image: ArtifactInfo,
  meta: (key: "name" | "property", name: string, content: string) => string,
): string[] {
  const url = publicUrl(baseUrl, image.path);
  const out = [
    meta("property", "og:image", url),
    meta("property", "og:image:type", image.mediaType.split(";")[0] ?? ""),
  ];
  if (image.width && image.height)
    out.push(
      meta("property", "og:image:width", String(image.width)),
      meta("property", "og:image:height", String(image.height)),
    );
  out.push(meta("name", "twitter:image", url));
  if (image.alt) out.push(meta("property", "og:image:alt", image.alt), meta("name", "twitter:image:alt", image.alt));
  return out;
}

// Nothing may be fetched from anywhere: only this page's inline styles and images of this site.
const CSP = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";
