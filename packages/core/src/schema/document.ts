import { z } from "zod";
import { Id, IsoDate, IsoMonth, Locale, list, Markdown, PlainText, Title } from "./primitives.js";
import { Quote } from "./quote.js";
import { Section } from "./section.js";
import { Link, Source } from "./source.js";

/** The kinds of document the team publishes. */
export const DOCUMENT_KINDS = ["brief", "press-release", "statement", "appeal", "news-item"] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** Folder of each kind's pages on the site (`briefs/2021-02/`), shared by every output that links to them. */
export const KIND_PATHS: Record<DocumentKind, string> = {
  brief: "briefs",
  "press-release": "press-releases",
  statement: "statements",
  appeal: "appeals",
  "news-item": "news",
};

const common = {
  id: Id.meta({ description: "Stable identifier, used in file names, feed ids and links, e.g. 2021-02." }),
  locale: Locale,
  title: Title,
  date: IsoDate.meta({
    description: "Publication date; every output takes its dates from here, never from the clock.",
  }),
  summary: PlainText.optional().meta({
    description: "One or two sentences for previews, feeds and the email preheader.",
  }),
  tags: list(PlainText, 20).optional(),
  author: Source.optional().meta({ description: "Who publishes it, when not the BelarusBrief team." }),
  intro: Markdown.optional().meta({ description: "Text before the first section." }),
  sections: list(Section, 50).optional(),
  links: list(Link, 100).optional().meta({ description: "Further reading." }),
  translationOf: Id.optional().meta({
    description: "Id of the document this one translates; the site links the language versions to each other.",
  }),
};

/** The monthly news brief. */
export const Brief = z
  .strictObject({
    kind: z.literal("brief"),
    ...common,
    period: IsoMonth.meta({ description: "Month the brief covers, e.g. 2021-02." }),
    date: IsoDate.meta({
      description:
        "The day the brief goes out: the last day of the month it covers (2021-02-28 for 2021-02), as belarusbrief new sets it. Events before it are past, deadlines before it expired, and numbers default to being as of it; every output takes its dates from here, never from the clock.",
    }),
    tagline: Title.optional(),
    lead: Quote.optional().meta({ description: "The opening quotation." }),
  })
  .meta({ id: "Brief", description: "The monthly news brief." });

/** A press release: dateline, text, demands, questions and answers, further reading. */
export const PressRelease = z
  .strictObject({
    kind: z.literal("press-release"),
    ...common,
    dateline: PlainText.optional().meta({ description: "Place the release is issued from, e.g. New York." }),
  })
  .meta({ id: "PressRelease", description: "A press release." });

/** A statement or report, such as a one-year review with testimonies and recommendations. */
export const Statement = z
  .strictObject({ kind: z.literal("statement"), ...common, lead: Quote.optional() })
  .meta({ id: "Statement", description: "A statement or report." });

/** An appeal or petition: why, what to sign or write, to whom, with the letter text. */
export const Appeal = z
  .strictObject({ kind: z.literal("appeal"), ...common })
  .meta({ id: "Appeal", description: "An appeal or petition." });

/** One dated news item with its source, as in the news stream. */
export const NewsItem = z
  .strictObject({
    kind: z.literal("news-item"),
    ...common,
    body: Markdown,
    source: Source.optional().meta({ description: "Organisation the news comes from." }),
  })
  .meta({ id: "NewsItem", description: "One dated news item with its source." });

/** Any publication. `kind` decides which fields apply. */
export const Document = z
  .discriminatedUnion("kind", [Brief, PressRelease, Statement, Appeal, NewsItem], {
    error: (issue) =>
      issue.code === "invalid_union" ? `kind must be one of: ${DOCUMENT_KINDS.join(", ")}` : undefined,
  })
  .meta({ id: "Document", title: "BelarusBrief document", description: "One publication of the BelarusBrief team." });

export type Document = z.infer<typeof Document>;
export type Brief = z.infer<typeof Brief>;
export type PressRelease = z.infer<typeof PressRelease>;
export type Statement = z.infer<typeof Statement>;
export type Appeal = z.infer<typeof Appeal>;
export type NewsItem = z.infer<typeof NewsItem>;
/** The document as written in YAML, before defaults are applied. */
export type DocumentInput = z.input<typeof Document>;
