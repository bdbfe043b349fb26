import type { Document } from "@belarusbrief/core";
import { htmlContext } from "./html/context.js";
import { renderHtml } from "./html/render-html.js";
import { type EmailOptionsInput, parseEmailOptions } from "./options.js";
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
 * Renders a validated document as an email: one 600 px column of tables with inlined CSS, dark
 * mode and Outlook fallbacks, and a plain-text part written from the same model. Pure and
 * deterministic: no I/O, no clock.
 */
export async function renderEmail(doc: Document, options: EmailOptionsInput): Promise<Email> {
  const resolved = parseEmailOptions(options);
  const links = footerLinks(resolved);
  const subject = subjectOf(doc);
  const preheader = preheaderOf(doc);
  const html = renderHtml(htmlContext(doc, resolved), subject, preheader, links);
  return { subject, preheader, html, text: renderText(doc, resolved, links) };
}
