import { type ResolvedDocument, shorten } from "@belarusbrief/core";
import { breakTemplates } from "./neutralise.js";

/** Longest preview line, in characters as a reader counts them. */
export const PREHEADER_LENGTH = 150;

/** The subject: the title, with the month for a brief ("BelarusBrief · February 2021"). */
export function subjectOf(doc: ResolvedDocument): string {
  return oneLine(doc.period ? `${doc.title} · ${doc.period.text}` : doc.title);
}

/** The preview line: the view's description, shortened to {@link PREHEADER_LENGTH} characters. */
export function preheaderOf(doc: ResolvedDocument): string {
  return oneLine(shorten(doc.description, PREHEADER_LENGTH));
}

// Subject and preheader go to the sending service, which runs them through its template engine.
function oneLine(text: string): string {
  return breakTemplates(text.replace(/\s+/g, " ").trim());
}
