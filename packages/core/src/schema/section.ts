import { z } from "zod";
import { CallToAction } from "./action.js";
import { Event } from "./event.js";
import { Id, IsoDate, Locale, Markdown, PlainText } from "./primitives.js";
import { Quote, Recommendation } from "./quote.js";
import { Report } from "./report.js";
import { Link, Source } from "./source.js";
import { Statistic } from "./statistic.js";

/** One entry of a section: an optional bold lead-in, a Markdown body, its sources, and optionally a testimony. */
export const Item = z
  .strictObject({
    id: Id.optional(),
    lead: PlainText.optional().meta({ description: "Bold lead-in printed before the body." }),
    body: Markdown.optional(),
    date: IsoDate.optional().meta({ description: "When it happened." }),
    sources: z.array(Source).optional().meta({ description: 'Printed as "(via Source)".' }),
    quote: Quote.optional().meta({ description: "A quotation or testimony following the body." }),
    tags: z.array(PlainText).optional(),
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
    heading: PlainText.optional().meta({ description: "Heading; a section without one continues after a rule." }),
    locale: Locale.optional(),
    intro: Markdown.optional(),
    statistics: z.array(Statistic).optional(),
    items: z.array(Item).optional(),
    events: z.array(Event).optional(),
    actions: z.array(CallToAction).optional(),
    reports: z.array(Report).optional(),
    recommendations: z.array(Recommendation).optional(),
    links: z.array(Link).optional(),
  })
  .meta({ id: "Section", description: "A part of a document with an optional heading." });
export type Section = z.infer<typeof Section>;

export { Quote, Source };
