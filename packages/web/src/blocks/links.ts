import { escapeHtml, type ResolvedLink, titleToHtml } from "@belarusbrief/core";

/** Further reading as a list of titled links with their publisher; a lost address leaves the title as text. */
export function links(list: readonly ResolvedLink[]): string {
  if (list.length === 0) return "";
  return `<ul class="links">${list.map(link).join("")}</ul>`;
}

// A link's language is that of the page it points to, so it is `hreflang`, not `lang`.
function link(l: ResolvedLink): string {
  const hreflang = l.lang ? ` hreflang="${l.lang}"` : "";
  const title = l.url
    ? `<a href="${escapeHtml(l.url)}"${hreflang}>${titleToHtml(l.richTitle)}</a>`
    : titleToHtml(l.richTitle);
  return `<li>${title}${l.source ? ` — ${escapeHtml(l.source)}` : ""}</li>`;
}
