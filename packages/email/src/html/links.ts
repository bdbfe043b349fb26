import { langAttributes, type ResolvedLink } from "@belarusbrief/core";
import { anchor, esc, styled, title as titleHtml } from "./context.js";
import { headingHtml } from "./heading.js";
import { STYLE } from "./style.js";

/** "Further reading": a heading, then each link's title (linked when it has an address) and publisher. */
export function linksHtml(heading: string, level: number, links: readonly ResolvedLink[]): string {
  const items = links.map((link) => {
    const title = link.url ? anchor(link.url, titleHtml(link.richTitle), link.lang) : titleHtml(link.richTitle);
    const source = link.source ? ` — ${esc(link.source)}` : "";
    return `<li${styled(STYLE.li)}${langAttributes(link.lang)}>${title}${source}</li>`;
  });
  return `${headingHtml(level, heading, "inner")}<ul${styled(STYLE.list)}>${items.join("")}</ul>`;
}
