import type { Locale, Quote } from "@belarusbrief/core";
import { langAttr, words } from "../context.js";
import { escapeHtml } from "../escape.js";
import { markdownBlock } from "../markdown.js";
import { sourceName } from "./cite.js";

/** A quotation or testimony as `<figure><blockquote>` with its attribution and source in `<figcaption>`. */
export function quote(q: Quote, around: Locale): string {
  const locale = q.locale ?? around;
  const who = attribution(q, locale);
  const source = q.source ? sourceName(q.source, locale) : "";
  const caption = [who, source].filter(Boolean).join(", ");
  const figcaption = caption ? `<figcaption>— ${caption}</figcaption>` : "";
  return `<figure class="quote"${langAttr(locale, around)}><blockquote>${markdownBlock(q.text)}</blockquote>${figcaption}</figure>`;
}

function attribution(q: Quote, locale: Locale): string {
  const a = q.attribution;
  if (!a) return "";
  const name = a.anonymous ? words(locale).anonymous : a.name;
  return [name && `<cite>${escapeHtml(name)}</cite>`, a.description && escapeHtml(a.description)]
    .filter(Boolean)
    .join(", ");
}
