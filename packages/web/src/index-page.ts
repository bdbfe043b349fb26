import { escapeHtml, formatDate, type Locale, messages, type ResolvedDocument, titleToHtml } from "@belarusbrief/core";
import { time } from "./blocks/time.js";
import { type Context, hrefTo } from "./context.js";
import { langOn, layout } from "./layout.js";
import type { SitePlan } from "./site-plan.js";

/**
 * An index page at `page` (inside the pages folder) in the words of `locale`: publications
 * grouped by month, newest first, then news items, also by month.
 */
export function indexPage(
  documents: readonly ResolvedDocument[],
  locale: Locale,
  page: string,
  plan: SitePlan,
): string {
  const ctx: Context = { plan, locale, page: plan.folder + page };
  const words = messages(locale);
  const sorted = [...documents].sort((a, b) => b.date.iso.localeCompare(a.date.iso) || a.id.localeCompare(b.id));
  const publications = sorted.filter((d) => d.kind !== "news-item");
  const news = sorted.filter((d) => d.kind === "news-item");
  const main = [
    `<h1>${escapeHtml(plan.site.title)}</h1>`,
    part(ctx, "publications", words.publications, publications),
    part(ctx, "news", words.news, news),
  ].join("\n");
  const description = `${words.publications}: ${publications.length} · ${words.news}: ${news.length}`;
  return layout(ctx, { title: plan.site.title, description, type: "website", locale }, main);
}

function part(ctx: Context, id: string, heading: string, docs: readonly ResolvedDocument[]): string {
  if (docs.length === 0) return "";
  const months = new Map<string, ResolvedDocument[]>();
  for (const doc of docs) {
    const month = doc.date.iso.slice(0, 7);
    months.set(month, [...(months.get(month) ?? []), doc]);
  }
  const groups = [...months].map(
    ([month, list]) =>
      `<h3><time datetime="${month}">${escapeHtml(formatDate(month, ctx.locale, "month-year"))}</time></h3>` +
      `<ul>${list.map((doc) => entry(ctx, doc)).join("")}</ul>`,
  );
  return `<section aria-labelledby="${id}"><h2 id="${id}">${escapeHtml(heading)}</h2>${groups.join("")}</section>`;
}

function entry(ctx: Context, doc: ResolvedDocument): string {
  const link = `<a href="${escapeHtml(hrefTo(ctx, ctx.plan.pathOf(doc)))}">${titleToHtml(doc.richTitle)}</a>`;
  const meta = `<span class="cite">${escapeHtml(doc.kindLabel)} · ${time(doc.date)}</span>`;
  const summary = doc.summary ? `<br>${escapeHtml(doc.summary)}` : "";
  return `<li${langOn(doc.locale, ctx.locale)}>${link} — ${meta}${summary}</li>`;
}
