import type { Link, Locale } from "@belarusbrief/core";
import { escapeHtml } from "../escape.js";
import { safeHref } from "../urls.js";

/** Further reading as a list of titled links with their publisher; a lost address leaves the title as text. */
export function links(list: readonly Link[] | undefined, around: Locale): string {
  if (!list?.length) return "";
  return `<ul class="links">${list.map((l) => link(l, around)).join("")}</ul>`;
}

function link(l: Link, around: Locale): string {
  const href = safeHref(l.url);
  const lang = l.locale && l.locale !== around ? ` hreflang="${l.locale}"` : "";
  const title = href ? `<a href="${escapeHtml(href)}"${lang}>${escapeHtml(l.title)}</a>` : escapeHtml(l.title);
  return `<li>${title}${l.source ? ` — ${escapeHtml(l.source)}` : ""}</li>`;
}
