import type { CallToAction, Locale } from "@belarusbrief/core";
import { langAttr, words } from "../context.js";
import { escapeHtml } from "../escape.js";
import { markdownBlock } from "../markdown.js";
import { safeHref } from "../urls.js";
import { via } from "./cite.js";
import { time } from "./time.js";

/** Calls to action: a heading at `level`, what to do, to whom, by when, the link, and the letter texts. */
export function actions(list: readonly CallToAction[] | undefined, around: Locale, level: number): string {
  return (list ?? []).map((a) => action(a, around, level)).join("");
}

function action(a: CallToAction, around: Locale, level: number): string {
  const locale = a.locale ?? around;
  const w = words(locale);
  const parts = [`<h${level}>${escapeHtml(a.title)}</h${level}>`];
  if (a.body) parts.push(markdownBlock(a.body));
  if (a.recipients?.length)
    parts.push(`<p>${escapeHtml(w.recipients)}: ${a.recipients.map(escapeHtml).join(", ")}</p>`);
  if (a.deadline) parts.push(`<p>${escapeHtml(w.deadline).replace("{date}", time(a.deadline, locale))}</p>`);
  const href = safeHref(a.url);
  const button = href ? `<a class="button" href="${escapeHtml(href)}">${escapeHtml(w.action[a.kind])}</a>` : "";
  const from = via(a.via ? [a.via] : undefined, locale);
  if (button || from) parts.push(`<p>${[button, from].filter(Boolean).join(" ")}</p>`);
  for (const letter of a.letter ?? []) {
    parts.push(
      `<figure class="letter"${langAttr(letter.locale, locale)}><figcaption>${escapeHtml(words(letter.locale).letterText)}</figcaption>` +
        `<blockquote>${markdownBlock(letter.text)}</blockquote></figure>`,
    );
  }
  return `<div class="action"${langAttr(locale, around)}>${parts.join("")}</div>`;
}
