import { z } from "zod";
import { Locale, list, Markdown, PlainText } from "./primitives.js";
import { Source } from "./source.js";

/** Who said it: a name, a description ("a nurse who had to flee Belarus"), or both; anonymous hides the name. */
export const Attribution = z
  .strictObject({
    name: PlainText.optional(),
    description: PlainText.optional().meta({ description: 'Who the speaker is, e.g. "a trade unionist".' }),
    anonymous: z.boolean().default(false),
  })
  .superRefine((a, ctx) => {
    if (a.anonymous && a.name)
      ctx.addIssue({
        code: "custom",
        path: ["name"],
        message: "an anonymous attribution has no name; use description",
      });
    if (!a.name && !a.description) ctx.addIssue({ code: "custom", message: "give a name or a description" });
  });
export type Attribution = z.infer<typeof Attribution>;

/** A quotation or testimony. */
export const Quote = z
  .strictObject({
    text: Markdown,
    attribution: Attribution.optional(),
    source: Source.optional(),
    locale: Locale.optional(),
  })
  .meta({ id: "Quote", description: "A quotation or testimony with its attribution." });
export type Quote = z.infer<typeof Quote>;

/** Demands or recommendations addressed to one party: "calls on the authorities to…". */
export const Recommendation = z
  .strictObject({
    addressee: PlainText.meta({ description: 'Who is addressed, e.g. "the Belarusian authorities".' }),
    intro: Markdown.optional().meta({
      description:
        'The sentence before the list, e.g. "Amnesty International calls on the Belarusian authorities to:".',
    }),
    items: list(Markdown, 100).min(1, { error: "list at least one item" }),
    locale: Locale.optional(),
  })
  .meta({ id: "Recommendation", description: "Demands or recommendations grouped by addressee." });
export type Recommendation = z.infer<typeof Recommendation>;
