import { z } from "zod";
import { Id, IsoDate, Locale, PlainText } from "./primitives.js";
import { Source } from "./source.js";

/** How a number relates to the truth it reports: "over 35,000", "at least 511". */
export const QUALIFIERS = ["exact", "over", "at-least", "more-than", "about", "up-to"] as const;
export const Qualifier = z.enum(QUALIFIERS).meta({
  description: "How the number relates to the truth: exact, over, at-least, more-than, about or up-to.",
});
export type Qualifier = z.infer<typeof Qualifier>;

/** A number with what it measures, how exact it is, when it was true and who says so. */
export const Statistic = z
  .strictObject({
    id: Id.optional().meta({ description: "Identifier, unique in the document." }),
    series: Id.optional().meta({
      description: "Series the number belongs to (e.g. political-prisoners), so values can be compared month to month.",
    }),
    value: z.number({ error: "must be a number without separators, e.g. 35000" }).nonnegative(),
    qualifier: Qualifier.default("exact"),
    unit: PlainText.optional().meta({ description: 'Unit printed after the number, e.g. "years" or "%".' }),
    measure: PlainText.meta({ description: 'What is counted, e.g. "political prisoners".' }),
    asOf: IsoDate.optional().meta({ description: "Date the number was true; defaults to the document's date." }),
    source: Source.optional(),
    locale: Locale.optional(),
  })
  .meta({ id: "Statistic", description: "A number with its measure, qualifier, date and source." });
export type Statistic = z.infer<typeof Statistic>;
