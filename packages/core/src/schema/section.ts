import { z } from "zod";
import { CallToAction } from "./action.js";
import { Event } from "./event.js";
import { Id, IsoDate, Locale, list, Markdown, PlainText, Title } from "./primitives.js";
import { Quote, Recommendation } from "./quote.js";
import { Report } from "./report.js";
import { Link, Source } from "./source.js";
import { Statistic } from "./statistic.js";

/** One entry of a section: an optional bold lead-in, a Markdown body, its sources, and optionally a testimony. */
export const Item = z
  .strictObject({
    id: Id.optional(),
    lead: Title.optional().meta({ description: "Bold lead-in printed before the body." }),
    body: Markdown.optional(),
    date: IsoDate.optional().meta({ description: "When it happened." }),
    sources: list(Source, 10).optional().meta({ description: 'Printed as "(via Source)".' }),
    quote: Quote.optional().meta({ description: "A quotation or testimony following the body." }),
    tags: list(PlainText, 20).optional(),
    locale: Locale.optional(),
  })
  .refine((item) => item.lead || item.body || item.quote, { error: "an item needs a lead, a body or a quote" })
  .meta({ id: "Item", description: "One entry of a section." });
export type Item = z.infer<typeof Item>;

/**
 * A section. Its parts are printed in this order: intro, statistics, items, events, actions, reports,
 * recommendations, links.
 */
export const Section = z
  .strictObject({
    id: Id.optional(),
    heading: Title.optional().meta({ description: "Heading; a section without one continues after a rule." }),
    locale: Locale.optional(),
    intro: Markdown.optional(),
    statistics: list(Statistic, 50).optional(),
    items: list(Item, 300).optional(),
    events: list(Event, 100).optional(),
    actions: list(CallToAction, 50).optional(),
    reports: list(Report, 100).optional(),
    recommendations: list(Recommendation, 50).optional(),
    links: list(Link, 100).optional(),
  })
  .meta({ id: "Section", description: "A part of a document with an optional heading." });
export type Section = z.infer<typeof Section>;

export { Quote, Source };
