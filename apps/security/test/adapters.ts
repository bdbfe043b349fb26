import type { Document } from "@belarusbrief/core";
import { buildEml, renderEmail } from "@belarusbrief/email";
import { renderAtom, renderCalendar, renderJsonFeed, renderRss } from "@belarusbrief/feeds";
import { renderMarkdown } from "@belarusbrief/markdown";
import { renderDocumentPage } from "@belarusbrief/web";

/** The site address every adapter is given; the only origin outputs may load from. */
export const BASE_URL = "https://brief.example.org/";

/** The text outputs of one document, keyed by adapter name. */
export interface TextOutputs {
  markdown: string;
  rss: string;
  atom: string;
  jsonFeed: string;
  /** Absent when the document has no events. */
  ics?: string;
  emailHtml: string;
  emailText: string;
  emailSubject: string;
  eml: string;
  page: string;
}

/** Adapter names as used in test titles. */
export const TEXT_ADAPTERS = ["markdown", "rss", "atom", "jsonFeed", "ics", "email", "page"] as const;
export type TextAdapter = (typeof TEXT_ADAPTERS)[number];

const FEED = { baseUrl: BASE_URL, title: "BelarusBrief" };

/** Renders one adapter's output(s) for `doc`. */
export async function renderOne(adapter: TextAdapter, doc: Document): Promise<Partial<TextOutputs>> {
  switch (adapter) {
    case "markdown":
      return { markdown: await renderMarkdown(doc) };
    case "rss":
      return { rss: renderRss([doc], FEED) };
    case "atom":
      return { atom: renderAtom([doc], FEED) };
    case "jsonFeed":
      return { jsonFeed: renderJsonFeed([doc], FEED) };
    case "ics":
      return hasEvents(doc) ? { ics: renderCalendar(doc, { baseUrl: BASE_URL }) } : {};
    case "email": {
      const email = await renderEmail(doc, { preset: "mailchimp", baseUrl: BASE_URL });
      const eml = await buildEml(email, {
        from: "BelarusBrief <news@brief.example.org>",
        to: "BelarusBrief <news@brief.example.org>",
        date: `${doc.date}T00:00:00Z`,
        messageId: `${doc.id}@brief.example.org`,
      });
      return { emailHtml: email.html, emailText: email.text, emailSubject: email.subject, eml };
    }
    case "page":
      return { page: await renderDocumentPage(doc, { baseUrl: BASE_URL }) };
  }
}

/** Every text output of `doc`. */
export async function renderAll(doc: Document): Promise<TextOutputs> {
  const parts = await Promise.all(TEXT_ADAPTERS.map((a) => renderOne(a, doc)));
  return Object.assign({}, ...parts) as TextOutputs;
}

/** True when the document has at least one event anywhere. */
export function hasEvents(doc: Document): boolean {
  return (doc.sections ?? []).some((s) => (s.events?.length ?? 0) > 0);
}
