import { type Document, formatDate, type Locale } from "@belarusbrief/core";
import { markdownText } from "./markdown.js";

/** The page's description: the summary, else the first text of the document, cut at about 200 characters. */
export function describe(doc: Document): string {
  const first = doc.summary ?? firstText(doc) ?? doc.title;
  const text = first.replace(/\s+/g, " ").trim();
  if (text.length <= 200) return text;
  const cut = text.slice(0, 200);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), 120))}…`;
}

/** The line under a document's title: its kind, the month for a brief, the dateline and date. */
export function kicker(doc: Document, locale: Locale, kindWord: string): string[] {
  const parts = [kindWord];
  if (doc.kind === "brief") parts.push(formatDate(doc.period, locale, "month-year"));
  if (doc.kind === "press-release" && doc.dateline) parts.push(doc.dateline);
  return parts;
}

function firstText(doc: Document): string | undefined {
  if (doc.kind === "news-item") return markdownText(doc.body);
  if (doc.intro) return markdownText(doc.intro);
  if ((doc.kind === "brief" || doc.kind === "statement") && doc.lead) return markdownText(doc.lead.text);
  const section = doc.sections?.find((s) => s.intro || s.items?.some((i) => i.body));
  const text = section?.intro ?? section?.items?.find((i) => i.body)?.body;
  return text === undefined ? undefined : markdownText(text);
}
