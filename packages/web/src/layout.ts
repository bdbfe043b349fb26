import type { Locale } from "@belarusbrief/core";
import { type Context, hrefTo, hrefToPage, langAttr, words } from "./context.js";
import { escapeHtml } from "./escape.js";
import { feedTitle, type HeadParts, head } from "./head.js";

/** Each language's name in itself, for the language links. */
export const LANGUAGE_NAMES: Record<Locale, string> = {
  en: "English",
  be: "Беларуская",
  "be-tarask": "Беларуская (тарашкевіца)",
  "be-Latn": "Biełaruskaja (łacinka)",
  ru: "Русский",
};

/** A whole page: `<head>`, the site header with its language links, `<main>`, and the footer with feeds. */
export function layout(ctx: Context, parts: HeadParts, main: string): string {
  return [
    "<!DOCTYPE html>",
    `<html lang="${ctx.locale}" dir="ltr">`,
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

function siteHeader(ctx: Context): string {
  const { options } = ctx;
  const home = `<p${langAttr(options.locale, ctx.locale)}><a href="${escapeHtml(hrefToPage(ctx, "index.html"))}">${escapeHtml(options.title)}</a></p>`;
  const languages = options.languages.map(
    (l) =>
      `<li><a href="${escapeHtml(hrefToPage(ctx, `${l}/index.html`))}" hreflang="${l}"${langAttr(l, ctx.locale)}>${escapeHtml(LANGUAGE_NAMES[l])}</a></li>`,
  );
  const nav = languages.length > 0 ? `<nav><ul>${languages.join("")}</ul></nav>` : "";
  return `<header class="site">${home}${nav}</header>`;
}

function siteFooter(ctx: Context): string {
  const { options } = ctx;
  const items = options.feeds.map(
    (f) =>
      `<li><a href="${escapeHtml(hrefTo(ctx, f.path))}"${f.locale ? ` hreflang="${f.locale}"` : ""}>${escapeHtml(feedTitle(ctx, f))}</a></li>`,
  );
  if (options.calendar) {
    const label = `${options.title} — ${words(options.locale).calendar} (.ics)`;
    items.push(
      `<li><a href="${escapeHtml(hrefTo(ctx, options.calendar))}" type="text/calendar">${escapeHtml(label)}</a></li>`,
    );
  }
  const list = items.length > 0 ? `<ul>${items.join("")}</ul>` : `<p>${escapeHtml(options.title)}</p>`;
  return `<footer class="site"${langAttr(options.locale, ctx.locale)}>${list}</footer>`;
}
