import { formatDate } from "../format/date.js";
import { messages } from "../messages.js";
import { isEmptySection } from "../model/sections.js";
import { oneLine } from "../rich/to-text.js";
import { type Document, KIND_PATHS } from "../schema/document.js";
import { cleanDocument } from "../text/clean-document.js";
import { resolveLink, resolveQuote, resolveSection } from "./blocks.js";
import { type Context, createContext, type ResolveOptions, titleOf } from "./context.js";
import { citationOf, resolveSource } from "./sources.js";
import type { ResolvedBlock, ResolvedDocument, ResolvedSection } from "./types.js";

/**
 * Turns a validated document into what every output shows: text cleaned, every Markdown field
 * parsed into rich text with absolute links, dates and times written for the document's language,
 * yearly events at the occurrence the document means, statistic phrases, citations, heading
 * levels and the language of each block. Pure: no clock, no file system; the same document and
 * options give an equal result.
 */
export function resolve(document: Document, options: ResolveOptions): ResolvedDocument {
  const doc = cleanDocument(document).value;
  const ctx = createContext(doc, options);
  const words = messages(doc.locale);
  const lead =
    (doc.kind === "brief" || doc.kind === "statement") && doc.lead
      ? resolveQuote(ctx, doc.lead, ["lead"], doc.locale)
      : undefined;
  const intro = doc.intro ? ctx.rich(["intro"], doc.intro) : undefined;
  const body = doc.kind === "news-item" ? ctx.rich(["body"], doc.body) : undefined;
  const source = doc.kind === "news-item" && doc.source ? resolveSource(ctx, doc.source) : undefined;
  // A section left with nothing under its heading is printed nowhere (the validator: empty-section).
  const sections = (doc.sections ?? [])
    .map((s, i) => resolveSection(ctx, s, ["sections", i], doc.locale))
    .filter((section) => !isEmptySection(section));
  const links = (doc.links ?? []).map((l, i) => resolveLink(ctx, l, ["links", i], doc.locale));
  const period =
    doc.kind === "brief" ? { iso: doc.period, text: formatDate(doc.period, doc.locale, "month-year") } : undefined;
  const title = titleOf(doc.title);
  const tagline = doc.kind === "brief" && doc.tagline ? titleOf(doc.tagline) : undefined;
  const dateline = doc.kind === "press-release" ? doc.dateline : undefined;
  const blocks: ResolvedBlock[] = [];
  if (lead) blocks.push({ type: "lead", quote: lead });
  if (intro) blocks.push({ type: "text", path: ["intro"], text: intro });
  if (body) blocks.push({ type: "text", path: ["body"], text: body });
  if (source) {
    const citation = citationOf(`${words.source}:`, [source]) ?? [];
    blocks.push({ type: "source", path: ["source"], label: words.source, source, citation });
  }
  for (const section of sections) blocks.push({ type: "section", section });
  if (links.length) blocks.push({ type: "links", path: ["links"], heading: words.furtherReading, level: 2, links });
  const author = doc.author ? resolveSource(ctx, doc.author) : undefined;
  const authorCitation = author ? citationOf(words.via, [author]) : undefined;
  return {
    document: doc,
    kind: doc.kind,
    id: doc.id,
    locale: doc.locale,
    dir: "ltr",
    words,
    url: `${ctx.pagesUrl}${documentPath(doc)}`,
    ...(doc.translationOf ? { translationOf: doc.translationOf } : {}),
    title: title.words,
    richTitle: title.rich,
    kindLabel: words.kind[doc.kind],
    date: { iso: doc.date, text: formatDate(doc.date, doc.locale) },
    ...(period ? { period } : {}),
    ...(tagline ? { tagline: tagline.words, richTagline: tagline.rich } : {}),
    ...(dateline ? { dateline } : {}),
    ...(doc.summary ? { summary: doc.summary } : {}),
    description: describe(doc.summary, tagline?.words, intro ?? body),
    ...(author ? { author } : {}),
    ...(authorCitation ? { authorCitation } : {}),
    tags: [...new Set(doc.tags ?? [])],
    ...(lead ? { lead } : {}),
    ...(intro ? { intro } : {}),
    ...(body ? { body } : {}),
    ...(source ? { source } : {}),
    sections,
    links,
    blocks,
    all: everything(lead, sections),
  };
}

/** Path of a document's page under the pages' address: `briefs/2021-02/`. */
export function documentPath(doc: Pick<Document, "kind" | "id">): string {
  return `${KIND_PATHS[doc.kind]}/${doc.id}/`;
}

function describe(
  summary: string | undefined,
  tagline: string | undefined,
  text: ReturnType<Context["rich"]> | undefined,
): string {
  const line = summary ?? tagline ?? (text ? oneLine(text) : "");
  return line.replace(/\s+/g, " ").trim();
}

function everything(lead: ResolvedDocument["lead"], sections: readonly ResolvedSection[]): ResolvedDocument["all"] {
  const all: ResolvedDocument["all"] = {
    statistics: [],
    items: [],
    events: [],
    actions: [],
    reports: [],
    quotes: lead ? [lead] : [],
  };
  for (const section of sections) {
    all.statistics.push(...section.statistics);
    all.items.push(...section.items);
    for (const item of section.items) if (item.quote) all.quotes.push(item.quote);
    all.events.push(...section.events);
    all.actions.push(...section.actions);
    all.reports.push(...section.reports);
  }
  return all;
}
