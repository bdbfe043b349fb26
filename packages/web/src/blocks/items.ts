import type { Item, Locale } from "@belarusbrief/core";
import { langAttr } from "../context.js";
import { escapeHtml } from "../escape.js";
import { markdownBlock, markdownInline } from "../markdown.js";
import { via } from "./cite.js";
import { quote } from "./quote.js";
import { time } from "./time.js";

/** Items as paragraphs: the bold lead-in, the body, `(via Source)`, the date, then any quotation. */
export function items(list: readonly Item[] | undefined, around: Locale): string {
  return (list ?? []).map((item) => oneItem(item, around)).join("");
}

function oneItem(item: Item, around: Locale): string {
  const locale = item.locale ?? around;
  const lead = item.lead ? `<strong>${escapeHtml(item.lead)}</strong>` : "";
  const tail = via(item.sources, locale, item.date ? time(item.date, locale) : "");
  const inline = item.body === undefined ? "" : markdownInline(item.body);
  let text: string;
  if (inline !== undefined) text = paragraph([lead, inline, tail]);
  else text = paragraph([lead]) + markdownBlock(item.body ?? "") + paragraph([tail]);
  const q = item.quote ? quote(item.quote, locale) : "";
  return `<div class="item"${langAttr(locale, around)}>${text}${q}</div>`;
}

function paragraph(parts: string[]): string {
  const text = parts.filter(Boolean).join(" ");
  return text ? `<p>${text}</p>` : "";
}
