import { escapeHtml, langAttributes, messages, type ResolvedAction, titleToHtml, toHtml } from "@belarusbrief/core";
import { citation } from "./cite.js";
import { phraseWithTime } from "./time.js";

/**
 * Calls to action: a heading at `level`, what to do, to whom, by when, the link, the letter texts,
 * and where to post the letter, each address a block that prints as a cut-out for an envelope.
 */
export function actions(list: readonly ResolvedAction[], level: number): string {
  return list.map((a) => action(a, level)).join("");
}

function action(a: ResolvedAction, level: number): string {
  const parts = [`<h${level}>${titleToHtml(a.richTitle)}</h${level}>`];
  if (a.body) parts.push(toHtml(a.body));
  if (a.recipients.length > 0)
    parts.push(`<p>${escapeHtml(messages(a.locale).recipients)}: ${a.recipients.map(escapeHtml).join(", ")}</p>`);
  if (a.deadline) parts.push(`<p>${phraseWithTime(a.deadline.phrase, a.deadline)}</p>`);
  const button = a.url ? `<a class="button" href="${escapeHtml(a.url)}">${escapeHtml(a.verb)}</a>` : "";
  const from = citation(a.citation);
  if (button || from) parts.push(`<p>${[button, from].filter(Boolean).join(" ")}</p>`);
  for (const letter of a.letters) {
    parts.push(
      `<figure class="letter"${langAttributes(letter.lang)}><figcaption>${escapeHtml(letter.label)}</figcaption>` +
        `<blockquote>${toHtml(letter.text)}</blockquote></figure>`,
    );
  }
  for (const address of a.addresses) {
    parts.push(
      `<p>${escapeHtml(address.label)}:</p>` +
        `<address class="envelope"${langAttributes(address.lang)}>${address.lines.map(escapeHtml).join("<br>")}</address>`,
    );
  }
  return `<div class="action"${langAttributes(a.lang)}>${parts.join("")}</div>`;
}
