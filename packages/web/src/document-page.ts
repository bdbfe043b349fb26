import {
  escapeHtml,
  inlineToHtml,
  LANGUAGE_NAMES,
  type ResolvedBlock,
  type ResolvedDocument,
  shorten,
  sourcePhrase,
  titleToHtml,
  toHtml,
} from "@belarusbrief/core";
import { links } from "./blocks/links.js";
import { quote } from "./blocks/quote.js";
import { section } from "./blocks/section.js";
import { time } from "./blocks/time.js";
import { type Context, hrefTo } from "./context.js";
import { layout } from "./layout.js";
import type { SitePlan } from "./site-plan.js";

/** Longest meta description, in characters as a reader counts them. */
const DESCRIPTION_LENGTH = 200;

/** The page of a document: its header, then every block of the view in reading order. */
export function documentPage(doc: ResolvedDocument, plan: SitePlan): string {
  const ctx: Context = { plan, doc, locale: doc.locale, page: plan.pathOf(doc) };
  const head = {
    title: doc.title,
    // A document with no summary, tagline or text of its own is described by its title.
    description: shorten(doc.description || doc.title, DESCRIPTION_LENGTH),
    type: "article",
    image: plan.links.ogImage(doc.id),
    published: doc.date.iso,
    locale: doc.locale,
  } as const;
  return layout(ctx, head, article(ctx, doc));
}

function article(ctx: Context, doc: ResolvedDocument): string {
  const kicker = [doc.kindLabel, doc.period?.text, doc.dateline].filter(Boolean) as string[];
  const header = [
    `<p class="kicker">${kicker.map(escapeHtml).join(" · ")}</p>`,
    `<h1>${titleToHtml(doc.richTitle)}</h1>`,
    doc.richTagline ? `<p class="tagline">${titleToHtml(doc.richTagline)}</p>` : "",
    `<p>${time(doc.date)}${doc.author ? ` · ${inlineToHtml(sourcePhrase(doc.author))}` : ""}</p>`,
    versions(ctx, doc),
  ];
  let sections = 0;
  const body = doc.blocks.map((b) => block(ctx, b, () => `s-${++sections}`));
  return `<article>\n<header>${header.join("")}</header>\n${body.join("\n")}\n</article>`;
}

function block(ctx: Context, b: ResolvedBlock, anchor: () => string): string {
  switch (b.type) {
    case "lead":
      return quote(b.quote);
    case "text":
      return toHtml(b.text);
    case "source":
      return `<p class="via">${inlineToHtml(b.citation)}</p>`;
    case "section":
      return section(ctx, b.section, anchor());
    case "links":
      return `<section aria-labelledby="further"><h${b.level} id="further">${escapeHtml(b.heading)}</h${b.level}>${links(b.links)}</section>`;
  }
}

/** "Also in: Беларуская", linking the document's other language versions. */
function versions(ctx: Context, doc: ResolvedDocument): string {
  const others = ctx.plan.versions.get(doc.id) ?? [];
  if (others.length === 0) return "";
  const items = others.map(
    (v) =>
      `<a href="${escapeHtml(hrefTo(ctx, ctx.plan.pathOf(v)))}" hreflang="${v.locale}" lang="${v.locale}">${escapeHtml(LANGUAGE_NAMES[v.locale])}</a>`,
  );
  return `<p class="versions">${escapeHtml(doc.words.alsoIn)}: ${items.join(" · ")}</p>`;
}
