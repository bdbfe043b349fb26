import type { ResolvedDocument } from "@belarusbrief/core";
import { htmlContext } from "./html/context.js";
import { renderHtml } from "./html/render-html.js";
import { type EmailOptionsInput, parseEmailOptions, type ResolvedEmailOptions } from "./options.js";
import { footerLinks } from "./presets.js";
import { preheaderOf, subjectOf } from "./subject.js";
import { renderText } from "./text/render-text.js";

/** An email made from one document. */
export interface Email {
  subject: string;
  /** The preview line clients show after the subject; also hidden at the top of the HTML. */
  preheader: string;
  html: string;
  text: string;
}

/**
 * Renders a resolved document as an email: one 600 px column of tables, each element styled
 * inline as it is written, dark-mode and phone rules in the head, Outlook fallbacks, and a
 * plain-text part written from the same view. Report photos are loaded only when the view gives
 * them an address (the site's `assetBaseUrl`). Pure and deterministic: no I/O, no clock. Throws
 * `[@belarusbrief/email] …` when the options are wrong.
 */
export function renderEmail(doc: ResolvedDocument, options: EmailOptionsInput = {}): Email {
  return emailOf(doc, parseEmailOptions(options));
}

/** {@link renderEmail} with options already validated. */
export function emailOf(doc: ResolvedDocument, options: ResolvedEmailOptions): Email {
  const ctx = htmlContext(doc, options.locale);
  const links = footerLinks(options);
  const subject = subjectOf(doc);
  const preheader = preheaderOf(doc);
  return {
    subject,
    preheader,
    html: renderHtml(ctx, subject, preheader, links),
    text: renderText(doc, ctx.words, links),
  };
}
