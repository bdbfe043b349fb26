import { escapeHtml, LANGUAGE_NAMES, type Locale, langAttributes, messages } from "@belarusbrief/core";
import { type Context, hrefTo, hrefToPage } from "./context.js";
import { feedTitle, type HeadParts, head } from "./head.js";

/** A whole page: `<head>`, the site header with its language links, `<main>`, and the footer with feeds. */
export function layout(ctx: Context, parts: HeadParts, main: string): string {
  return [
    "<!DOCTYPE html>",
    `<html lang="${ctx.locale}" dir="${ctx.doc?.dir ?? "ltr"}">`,
    head(ctx, parts),
    "<body>",
    siteHeader(ctx),
    `<main id="main">\n${main}\n</main>`,
    siteFooter(ctx),
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

/** ` lang="…" dir="ltr"` on text in `locale` inside a page in `around`, else nothing. */
export function langOn(locale: Locale, around: Locale): string {
  return langAttributes(locale === around ? undefined : locale);
}

function siteHeader(ctx: Context): string {
  const { plan } = ctx;
  const home = `<p${langOn(plan.options.locale, ctx.locale)}><a href="${escapeHtml(hrefToPage(ctx, "index.html"))}">${escapeHtml(plan.site.title)}</a></p>`;
  const languages = plan.languages.map(
    (l) =>
      `<li><a href="${escapeHtml(hrefToPage(ctx, `${l}/index.html`))}" hreflang="${l}"${langOn(l, ctx.locale)}>${escapeHtml(LANGUAGE_NAMES[l])}</a></li>`,
  );
  const nav = languages.length > 0 ? `<nav><ul>${languages.join("")}</ul></nav>` : "";
  return `<header class="site">${home}${nav}</header>`;
}

function siteFooter(ctx: Context): string {
  const { plan } = ctx;
  const items = plan.links.feeds.map(
    (f) =>
      `<li><a href="${escapeHtml(hrefTo(ctx, f.path))}"${f.locale ? ` hreflang="${f.locale}"` : ""}>${escapeHtml(feedTitle(ctx, f))}</a></li>`,
  );
  const calendar = plan.links.calendar;
  if (calendar) {
    const label = `${plan.site.title} — ${messages(plan.options.locale).calendar} (.ics)`;
    items.push(
      `<li><a href="${escapeHtml(hrefTo(ctx, calendar.path))}" type="text/calendar">${escapeHtml(label)}</a></li>`,
    );
  }
  const list = items.length > 0 ? `<ul>${items.join("")}</ul>` : `<p>${escapeHtml(plan.site.title)}</p>`;
  return `<footer class="site"${langOn(plan.options.locale, ctx.locale)}>${list}</footer>`;
}
