import { type HtmlContext, phrase, rich, styled } from "./context.js";
import { footerHtml } from "./footer.js";
import { headerHtml } from "./header.js";
import { layout, row } from "./layout.js";
import { linksHtml } from "./links.js";
import { quoteHtml } from "./quote.js";
import { sectionHtml } from "./section.js";
import { STYLE } from "./style.js";

/**
 * The HTML part: the masthead, every block of the view in reading order (the lead, introduction,
 * body and source share the first row), the footer. Each element gets its inline style as it is
 * written; only the phone and dark-mode rules stay in the head.
 */
export function renderHtml(
  ctx: HtmlContext,
  title: string,
  preheader: string,
  links: { archive: string; unsubscribe: string },
): string {
  const rows = [headerHtml(ctx)];
  let opening = "";
  for (const block of ctx.doc.blocks) {
    if (block.type === "lead") opening += quoteHtml(block.quote);
    else if (block.type === "text") opening += rich(block.text);
    else if (block.type === "source") opening += `<p${styled(STYLE.meta, "meta")}>${phrase(block.citation)}</p>`;
    else {
      if (opening) rows.push(row(opening));
      opening = "";
      if (block.type === "section") rows.push(sectionHtml(ctx, block.section));
      else rows.push(row(linksHtml(block.heading, block.level, block.links)));
    }
  }
  if (opening) rows.push(row(opening));
  rows.push(footerHtml(ctx, links));
  return layout(ctx.doc, title, preheader, rows);
}
