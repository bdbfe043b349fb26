import { inlineToHtml, langAttributes, type ResolvedItem, titleToHtml, toHtml } from "@belarusbrief/core";
import { citation } from "./cite.js";
import { quote } from "./quote.js";
import { time } from "./time.js";

/** Items as paragraphs: the bold lead-in, the body, `(via Source, date)`, then any quotation. */
export function items(list: readonly ResolvedItem[]): string {
  return list.map(item).join("");
}

function item(it: ResolvedItem): string {
  const lead = it.richLead ? `<strong>${titleToHtml(it.richLead)}</strong>` : "";
  const tail = citation(it.citation, it.date ? [time(it.date)] : []);
  const [only, ...rest] = it.body ?? [];
  let text: string;
  if (!only) text = paragraph([lead, tail]);
  else if (only.type === "paragraph" && rest.length === 0) text = paragraph([lead, inlineToHtml(only.children), tail]);
  else text = paragraph([lead]) + toHtml(it.body ?? []) + paragraph([tail]);
  return `<div class="item"${langAttributes(it.lang)}>${text}${it.quote ? quote(it.quote) : ""}</div>`;
}

function paragraph(parts: string[]): string {
  const text = parts.filter(Boolean).join(" ");
  return text ? `<p>${text}</p>` : "";
}
