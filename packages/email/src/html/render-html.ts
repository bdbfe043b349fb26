import juice from "juice";
import type { HtmlContext } from "./context.js";
import { footerHtml } from "./footer.js";
import { headerHtml } from "./header.js";
import { layout, row } from "./layout.js";
import { quoteHtml } from "./quote.js";
import { linksHtml, sectionHtml } from "./section.js";
import { viaHtml } from "./source.js";

/** The HTML part: every block of the document in reading order, CSS inlined with juice. */
export function renderHtml(
  ctx: HtmlContext,
  title: string,
  preheader: string,
  links: { archive: string; unsubscribe: string },
): string {
  const { doc } = ctx;
  const rows = [headerHtml(ctx)];
  const opening: string[] = [];
  if ((doc.kind === "brief" || doc.kind === "statement") && doc.lead)
    opening.push(quoteHtml(ctx, doc.lead, doc.locale));
  if (doc.intro) opening.push(ctx.md(doc.intro));
  if (doc.kind === "news-item") {
    opening.push(ctx.md(doc.body));
    if (doc.source) opening.push(`<p class="meta">${viaHtml(ctx, [doc.source], doc.locale)}</p>`);
  }
  if (opening.length) rows.push(row(opening.join(""), "px"));
  for (const section of doc.sections ?? []) rows.push(sectionHtml(ctx, section));
  if (doc.links?.length) rows.push(row(linksHtml(ctx, doc.links, doc.locale)));
  rows.push(footerHtml(ctx, links.archive, links.unsubscribe));
  return compactStyle(juice(layout(ctx, title, preheader, rows), JUICE));
}

// juice pretty-prints the @media rules it keeps; the line breaks and indentation only cost bytes.
function compactStyle(html: string): string {
  return html.replace(
    /<style>([\s\S]*?)<\/style>/,
    (_, css: string) => `<style>${css.replace(/\s*\n\s*/g, "")}</style>`,
  );
}

const JUICE: juice.Options = {
  preserveMediaQueries: true,
  removeStyleTags: true,
  applyWidthAttributes: false,
  applyHeightAttributes: false,
  applyAttributesTableElements: false,
  preserveImportant: false,
  insertPreservedExtraCss: true,
};
