import { z } from "zod";
import { Locale, PlainText, Title, Url } from "./primitives.js";

/** Where a claim comes from: an organisation or outlet, its link, and a note such as "in Russian only". */
export const Source = z
  .strictObject({
    name: PlainText.meta({ description: "Name of the organisation or outlet, e.g. Spring96." }),
    url: Url.optional().meta({ description: "Link to the original; `#` marks an address that was lost." }),
    note: PlainText.optional().meta({ description: 'A note for readers, e.g. "in Russian only".' }),
    locale: Locale.optional().meta({ description: "Language of the linked page, when it differs from the text." }),
  })
  .meta({ id: "Source", description: "Where a claim comes from." });
export type Source = z.infer<typeof Source>;

/** A titled link, e.g. for further reading. */
export const Link = z
  .strictObject({
    title: Title,
    url: Url,
    source: PlainText.optional().meta({ description: "Publisher of the linked page." }),
    locale: Locale.optional(),
  })
  .meta({ id: "Link", description: "A titled link, e.g. for further reading." });
export type Link = z.infer<typeof Link>;
