import { type Document, LANGUAGE_NAMES } from "@belarusbrief/core";
import { describe, kicker } from "./article.js";
import { sourceName, via } from "./blocks/cite.js";
import { links } from "./blocks/links.js";
import { quote } from "./blocks/quote.js";
import { section } from "./blocks/section.js";
import { time } from "./blocks/time.js";
import { type Context, hrefToPage, words } from "./context.js";
import { escapeHtml } from "./escape.js";
import { layout } from "./layout.js";
import { markdownBlock } from "./markdown.js";
import { type ResolvedOptions, resolveOptions, type WebOptions } from "./options.js";
import { documentPath } from "./urls.js";

/**
 * Renders any document (brief, press release, statement, appeal or news item) as a complete HTML
 * page for `<sitePath><kind path>/<id>/index.html`, with its card in the meta tags when
 * `options.cards[doc.id]` is given. Pure and deterministic.
 */
export async function renderDocumentPage(doc: Document, options: WebOptions): Promise<string> {
  return documentPage(doc, resolveOptions(options));
}

/** `renderDocumentPage` with options already validated. */
export function documentPage(doc: Document, options: ResolvedOptions): string {
  const ctx: Context = { options, doc, locale: doc.locale, page: options.sitePath + documentPath(doc) };
  const description = describe(doc);
  const head = {
    title: doc.title,
    description,
    type: "article",
    card: options.cards[doc.id],
    published: doc.date,
    locale: doc.locale,
  } as const;
  return layout(ctx, head, article(ctx, doc));
}

/** "Also in: Беларуская", linking the document's other language versions. */
function versions(ctx: Context, doc: Document): string {
  const others = ctx.options.versions[doc.id] ?? [];
  if (others.length === 0) return "";
  const items = others.map(
    (v) =>
      `<a href="${escapeHtml(hrefToPage(ctx, v.path))}" hreflang="${v.locale}" lang="${v.locale}">${escapeHtml(LANGUAGE_NAMES[v.locale])}</a>`,
  );
  return `<p class="versions">${escapeHtml(words(doc.locale).alsoIn)}: ${items.join(" · ")}</p>`;
}

function article(ctx: Context, doc: Document): string {
  const w = words(doc.locale);
  const header = [
    `<p class="kicker">${kicker(doc, doc.locale, w.kind[doc.kind]).map(escapeHtml).join(" · ")}</p>`,
    `<h1>${escapeHtml(doc.title)}</h1>`,
    doc.kind === "brief" && doc.tagline ? `<p class="tagline">${escapeHtml(doc.tagline)}</p>` : "",
    `<p>${time(doc.date, doc.locale)}${doc.author ? ` · ${sourceName(doc.author, doc.locale)}` : ""}</p>`,
    versions(ctx, doc),
  ];
  const body: string[] = [];
  if ((doc.kind === "brief" || doc.kind === "statement") && doc.lead) body.push(quote(doc.lead, doc.locale));
  if (doc.intro) body.push(markdownBlock(doc.intro));
  if (doc.kind === "news-item") {
    body.push(markdownBlock(doc.body));
    if (doc.source) body.push(`<p>${via([doc.source], doc.locale)}</p>`);
  }
  doc.sections?.forEach((s, i) => {
    body.push(section(ctx, s, i, doc.locale, doc.date));
  });
  if (doc.links?.length) {
    body.push(
      `<section aria-labelledby="further"><h2 id="further">${escapeHtml(w.furtherReading)}</h2>${links(doc.links, doc.locale)}</section>`,
    );
  }
  return `<article>\n<header>${header.join("")}</header>\n${body.join("\n")}\n</article>`;
}
