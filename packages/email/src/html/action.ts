import { type CallToAction, formatDate, type Locale, messages } from "@belarusbrief/core";
import { buttonHtml } from "./button.js";
import { type HtmlContext, langAttrs } from "./context.js";
import { escapeHtml } from "./escape.js";
import { viaHtml } from "./source.js";

/** A call to action: title, what to do, who runs it, deadline, recipients, letter texts, then its button. */
export function actionHtml(ctx: HtmlContext, action: CallToAction, around: Locale): string {
  const locale = action.locale ?? around;
  const words = messages(locale);
  const meta = [
    viaHtml(ctx, action.via ? [action.via] : undefined, locale),
    action.deadline ? escapeHtml(words.deadline.replace("{date}", formatDate(action.deadline, locale))) : "",
  ].filter(Boolean);
  const recipients = action.recipients?.length
    ? `<p><strong>${escapeHtml(words.recipients)}:</strong> ${action.recipients.map(escapeHtml).join("; ")}</p>`
    : "";
  const letters = (action.letter ?? [])
    .map(
      (l) =>
        `<p class="meta"${langAttrs(l.locale, locale)}>${escapeHtml(messages(l.locale).letterText)}</p><table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"${langAttrs(l.locale, locale)}><tr><td class="letter">${ctx.md(l.text)}</td></tr></table>`,
    )
    .join("");
  const href = ctx.url(action.url);
  const button = href ? buttonHtml(href, words.action[action.kind]) : "";
  return `<div${langAttrs(action.locale, around)}><h3>${escapeHtml(action.title)}</h3>${action.body ? ctx.md(action.body) : ""}${meta.length ? `<p class="meta">${meta.join(" · ")}</p>` : ""}${recipients}${letters}${button}</div>`;
}
