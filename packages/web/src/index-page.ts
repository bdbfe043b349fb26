import { type Document, formatDate, type Locale } from "@belarusbrief/core";
import { time } from "./blocks/time.js";
import { type Context, hrefToPage, langAttr, words } from "./context.js";
import { escapeHtml } from "./escape.js";
import { layout } from "./layout.js";
import type { ResolvedOptions } from "./options.js";
import { documentPath } from "./urls.js";

/**
 * An index page at `page` (inside the site) in the words of `locale`: publications grouped by
 * month, newest first, then news items, also by month.
 */
export function indexPage(
  documents: readonly Document[],
  locale: Locale,
  page: string,
  options: ResolvedOptions,
): string {
  const ctx: Context = { options, locale, page: options.sitePath + page };
  const w = words(locale);
  const sorted = [...documents].sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
  const publications = sorted.filter((d) => d.kind !== "news-item");
  const news = sorted.filter((d) => d.kind === "news-item");
  const main = [
    `<h1>${escapeHtml(options.title)}</h1>`,
    part(ctx, "publications", w.publications, publications),
    part(ctx, "news", w.news, news),
  ].join("\n");
  const description = `${w.publications}: ${publications.length} · ${w.news}: ${news.length}`;
  return layout(ctx, { title: options.title, description, type: "website", locale }, main);
}

function part(ctx: Context, id: string, heading: string, docs: readonly Document[]): string {
  if (docs.length === 0) return "";
  const months = new Map<string, Document[]>();
  for (const doc of docs) months.set(doc.date.slice(0, 7), [...(months.get(doc.date.slice(0, 7)) ?? []), doc]);
  const groups = [...months].map(
    ([month, list]) =>
      `<h3><time datetime="${month}">${escapeHtml(formatDate(month, ctx.locale, "month-year"))}</time></h3>` +
      `<ul>${list.map((doc) => entry(ctx, doc)).join("")}</ul>`,
  );
  return `<section aria-labelledby="${id}"><h2 id="${id}">${escapeHtml(heading)}</h2>${groups.join("")}</section>`;
}

function entry(ctx: Context, doc: Document): string {
  const w = words(doc.locale);
  const link = `<a href="${escapeHtml(hrefToPage(ctx, documentPath(doc)))}">${escapeHtml(doc.title)}</a>`;
  const meta = `<span class="cite">${escapeHtml(w.kind[doc.kind])} · ${time(doc.date, doc.locale)}</span>`;
  const summary = doc.summary ? `<br>${escapeHtml(doc.summary)}` : "";
  return `<li${langAttr(doc.locale, ctx.locale)}>${link} — ${meta}${summary}</li>`;
}
