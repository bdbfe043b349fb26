import { type Document, formatDate } from "@belarusbrief/core";
import { breakTemplates, cleanText } from "./html/escape.js";
import { markdownToPlain } from "./text/markdown-text.js";
import { References } from "./text/references.js";

/** The subject: the title, with the month for a brief ("BelarusBrief · February 2021"). */
export function subjectOf(doc: Document): string {
  const title = oneLine(doc.title);
  return doc.kind === "brief" ? `${title} · ${formatDate(doc.period, doc.locale, "month-year")}` : title;
}

/** The preview line: the summary, else the tagline, else the start of the intro or body; at most 150 characters. */
export function preheaderOf(doc: Document): string {
  const markdown = doc.intro ?? (doc.kind === "news-item" ? doc.body : undefined);
  const fallback = markdown ? markdownToPlain(markdown, new References(), undefined).replace(/ \[\d+\]/g, "") : "";
  const text = oneLine(doc.summary ?? (doc.kind === "brief" ? doc.tagline : undefined) ?? fallback);
  const chars = [...text];
  return chars.length <= 150 ? text : `${chars.slice(0, 149).join("").trimEnd()}…`;
}

// Subject and preheader go to the sending service, which runs them through its template engine.
function oneLine(text: string): string {
  return breakTemplates(cleanText(text).replace(/\s+/g, " ").trim());
}
