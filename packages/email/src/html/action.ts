import {
  langAttributes,
  messages,
  type ResolvedAction,
  type ResolvedAddress,
  type ResolvedLetter,
} from "@belarusbrief/core";
import { buttonHtml } from "./button.js";
import { esc, phrase, rich, styled } from "./context.js";
import { headingHtml } from "./heading.js";
import { LAYOUT_TABLE } from "./layout.js";
import { STYLE } from "./style.js";

/**
 * A call to action: title, what to do, who runs it and the deadline, recipients, letter texts,
 * postal addresses, then its button.
 */
export function actionHtml(action: ResolvedAction, level: number): string {
  const metaStyle = styled(STYLE.meta, "meta");
  const meta = [
    action.citation ? `(${phrase(action.citation)})` : "",
    action.deadline ? esc(action.deadline.phrase) : "",
  ]
    .filter(Boolean)
    .join(" · ");
  const recipients = action.recipients.length
    ? `<p${styled(STYLE.p)}><strong>${esc(messages(action.locale).recipients)}:</strong> ${action.recipients.map(esc).join("; ")}</p>`
    : "";
  return [
    `<div${langAttributes(action.lang)}>`,
    headingHtml(level, action.richTitle, "inner"),
    action.body ? rich(action.body) : "",
    meta ? `<p${metaStyle}>${meta}</p>` : "",
    recipients,
    action.letters.map(letterHtml).join(""),
    action.addresses.map(addressHtml).join(""),
    action.url ? buttonHtml(action.url, action.verb) : "",
    "</div>",
  ].join("");
}

function letterHtml(letter: ResolvedLetter): string {
  const lang = langAttributes(letter.lang);
  return `<p${styled(STYLE.meta, "meta")}${lang}>${esc(letter.label)}</p><table ${LAYOUT_TABLE}${lang}><tr><td${styled(STYLE.letter, "letter")}>${rich(letter.text)}</td></tr></table>`;
}

/** An envelope's lines under their label, one line each, in the address's language. */
function addressHtml(address: ResolvedAddress): string {
  const lines = address.lines.map(esc).join("<br>");
  return `<p${styled(STYLE.meta, "meta")}>${esc(address.label)}</p><address${langAttributes(address.lang)}${styled(STYLE.address)}>${lines}</address>`;
}
