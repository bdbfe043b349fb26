import { z } from "zod";
import { Id, IsoDate, Locale, Markdown, PlainText, TimeOfDay, TimeZone, Title, Url } from "./primitives.js";
import { Source } from "./source.js";

/**
 * A dated event. Without `time` it is all-day and takes no `timeZone`; with `time` it needs `timeZone`.
 * `recurs: yearly` marks a commemoration that returns every year on the same date.
 */
export const Event = z
  .strictObject({
    id: Id.meta({ description: "Identifier, stable across months (used for calendar UIDs), e.g. freedom-day." }),
    title: Title,
    date: IsoDate.meta({ description: "First (or only) day." }),
    endDate: IsoDate.optional().meta({ description: "Last day of an event lasting several days." }),
    time: TimeOfDay.optional().meta({ description: "Start time; without it the event lasts all day." }),
    endTime: TimeOfDay.optional(),
    timeZone: TimeZone.optional().meta({
      description: "IANA time zone of a timed event, e.g. America/Chicago; an all-day event (no time) has none.",
    }),
    recurs: z.enum(["yearly"]).optional().meta({ description: "Returns every year on the same date." }),
    since: z
      .int({ error: "since is a year, e.g. since: 1918" })
      .min(1000, { error: "since is a year of four digits, e.g. since: 1918" })
      .max(9999, { error: "since is a year of four digits, e.g. since: 1918" })
      .optional()
      .meta({
        description:
          "Year a yearly date was first held, e.g. 1918 for Freedom Day: outputs say which anniversary each year is.",
      }),
    location: PlainText.optional(),
    online: Url.optional().meta({ description: "Link for joining online." }),
    description: Markdown.optional(),
    url: Url.optional(),
    source: Source.optional(),
    locale: Locale.optional(),
  })
  .superRefine((event, ctx) => {
    if (event.time && !event.timeZone) {
      ctx.addIssue({
        code: "custom",
        path: ["timeZone"],
        message: "a timed event needs timeZone, e.g. America/New_York",
      });
    }
    if (event.timeZone && !event.time) {
      ctx.addIssue({
        code: "custom",
        path: ["timeZone"],
        message:
          "an event without a time lasts all day, and an all-day date has no time zone; remove timeZone, or give the start time in time, e.g. time: '18:00'",
      });
    }
    if (event.since !== undefined && event.recurs !== "yearly") {
      ctx.addIssue({
        code: "custom",
        path: ["since"],
        message: "since is the first year of a date that returns every year: add recurs: yearly, or remove since",
      });
    }
    if (event.since !== undefined && event.since > Number(event.date.slice(0, 4))) {
      ctx.addIssue({
        code: "custom",
        path: ["since"],
        message: `since ${event.since} is after this date's year ${event.date.slice(0, 4)}; write the year it was first held`,
      });
    }
    if (event.endTime && !event.time) {
      ctx.addIssue({ code: "custom", path: ["endTime"], message: "endTime needs a start time in time" });
    }
    if (event.endDate && event.endDate < event.date) {
      ctx.addIssue({
        code: "custom",
        path: ["endDate"],
        message: `endDate ${event.endDate} is before date ${event.date}`,
      });
    }
    if (event.endTime && event.time && !event.endDate && event.endTime <= event.time) {
      ctx.addIssue({
        code: "custom",
        path: ["endTime"],
        message: `endTime ${event.endTime} is not after time ${event.time}`,
      });
    }
  })
  .meta({ id: "Event", description: "A dated event: all-day or timed, possibly recurring yearly." });
export type Event = z.infer<typeof Event>;
