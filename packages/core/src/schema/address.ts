import { z } from "zod";
import { Locale, PlainText } from "./primitives.js";

/** The parts of a postal address that may be printed as a line of an envelope. */
export type AddressPart = "name" | "institution" | "street" | "postcode" | "town" | "region" | "country";

/**
 * How each country's post wants an envelope written: the lines from top to bottom (a line of
 * several parts joins them with `join`), what its postcodes look like, and its name in every
 * language we publish in. One entry per country; a country missing here is refused by the
 * schema with the list of those we know.
 */
export const POSTAL_FORMATS = {
  // Belpochta and the UPU's description of Belarusian addresses: specific to general, the postcode
  // before the town on one line ("220005, г. Минск"), then the region, then the country.
  BY: {
    lines: [["name"], ["institution"], ["street"], ["postcode", "town"], ["region"], ["country"]],
    join: ", ",
    postcode: { pattern: /^\d{6}$/, example: "213004", words: "6 digits" },
    names: { en: "Belarus", be: "Беларусь", "be-tarask": "Беларусь", "be-Latn": "Biełaruś", ru: "Беларусь" },
  },
  // Russian Post's rules (2014): name, street, town, region, then the postcode on its own line;
  // for mail from abroad the country comes last (UPU).
  RU: {
    lines: [["name"], ["institution"], ["street"], ["town"], ["region"], ["postcode"], ["country"]],
    join: ", ",
    postcode: { pattern: /^\d{6}$/, example: "618263", words: "6 digits" },
    names: { en: "Russia", be: "Расія", "be-tarask": "Расея", "be-Latn": "Rasija", ru: "Россия" },
  },
} as const satisfies Record<string, PostalFormat>;

/** One country's envelope convention. */
export interface PostalFormat {
  lines: readonly (readonly AddressPart[])[];
  join: string;
  postcode: { pattern: RegExp; example: string; words: string };
  names: Record<Locale, string>;
}

/** The countries whose envelope convention BelarusBrief knows, as ISO 3166 codes. */
export const POSTAL_COUNTRIES = Object.keys(POSTAL_FORMATS) as (keyof typeof POSTAL_FORMATS)[];
export const PostalCountry = z.enum(POSTAL_COUNTRIES);
export type PostalCountry = z.infer<typeof PostalCountry>;

/**
 * Where a letter goes, as it is written on the envelope: one recipient, in the script the post of
 * that country reads (`locale`), whatever the language of the document around it.
 */
export const PostalAddress = z
  .strictObject({
    name: PlainText.meta({
      description:
        "The recipient's full name as the institution registers it; for a prisoner add the year of birth, e.g. Іваноў Іван Іванавіч, 1980 г. н.",
    }),
    institution: PlainText.optional().meta({
      description: "The prison, colony or office, e.g. ИК-17 or Исправительная колония № 17.",
    }),
    street: PlainText.meta({ description: "Street and number, e.g. ул. Заводская, 1." }),
    postcode: z.string().meta({ description: 'Postcode, in quotes, e.g. "213004".' }),
    town: PlainText.meta({ description: "Town, e.g. г. Шклов." }),
    region: PlainText.optional().meta({ description: "Region, e.g. Могилёвская обл." }),
    country: PostalCountry.meta({
      description: `Country as an ISO code: ${POSTAL_COUNTRIES.join(", ")}. It decides the order of the envelope's lines.`,
    }),
    locale: Locale.meta({
      description: "The language the address is written in (e.g. ru or be), which may differ from the document's.",
    }),
  })
  .superRefine((address, ctx) => {
    const format: PostalFormat | undefined = POSTAL_FORMATS[address.country];
    const rule = format?.postcode;
    if (rule && !rule.pattern.test(address.postcode)) {
      ctx.addIssue({
        code: "custom",
        path: ["postcode"],
        input: address.postcode,
        message: `"${address.postcode}" is not a postcode of ${format?.names.en}: write its ${rule.words}, e.g. "${rule.example}"`,
      });
    }
  })
  .meta({ id: "PostalAddress", description: "A postal address, printed line by line as on an envelope." });
export type PostalAddress = z.infer<typeof PostalAddress>;

/** The kinds of call to action that ask readers to send a letter, and so may give addresses. */
export const LETTER_KINDS = ["write", "contact-representative"] as const;
