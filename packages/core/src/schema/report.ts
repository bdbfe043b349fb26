import { z } from "zod";
import { Id, IsoDate, Locale, list, Markdown, PlainText } from "./primitives.js";
import { Source } from "./source.js";
import { Qualifier } from "./statistic.js";

/** An image that belongs to the content, stored next to the document. */
export const Image = z
  .strictObject({
    src: z.string().regex(/^(?!\/)(?![a-zA-Z][a-zA-Z0-9+.-]*:)(?!.*(^|\/)\.\.(\/|$)).+$/, {
      error: "must be a path relative to the document's folder, without ../, e.g. images/boston.jpg",
    }),
    alt: PlainText.optional().meta({ description: "What the image shows, for readers who cannot see it." }),
  })
  .meta({ id: "Image" });
export type Image = z.infer<typeof Image>;

/** A count with how exact it is, e.g. "over 60 people". */
export const Attendance = z.strictObject({
  value: z.number().int().nonnegative(),
  qualifier: Qualifier.default("exact"),
});

/** A report of a rally or activity in one place. */
export const Report = z
  .strictObject({
    id: Id.optional(),
    city: PlainText,
    region: PlainText.optional().meta({ description: "State or region, e.g. MA." }),
    country: PlainText.optional(),
    date: IsoDate.optional(),
    attendance: Attendance.optional(),
    summary: Markdown,
    images: list(Image, 20).optional(),
    sources: list(Source, 10).optional(),
    locale: Locale.optional(),
  })
  .meta({ id: "Report", description: "A rally or activity report from one city." });
export type Report = z.infer<typeof Report>;
