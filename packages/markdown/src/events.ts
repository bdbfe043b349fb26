import { type Event, formatDate } from "@belarusbrief/core";
import { around, join, sentence } from "./blocks.js";
import { citation, shows } from "./cite.js";
import type { Context } from "./context.js";
import { escapeText } from "./escape.js";
import { link } from "./link.js";
import { sanitize } from "./sanitize.js";

/**
 * A dated event: "March 25: **Freedom Day**. description (via …)". When the description already
 * names the event, as in the seed ("Belarusians will celebrate **Freedom Day**."), the title is not repeated.
 */
export function eventBlocks(ctx: Context, event: Event): string[] {
  const description = event.description ? sanitize(event.description) : undefined;
  const title = shows(description?.text, event.title)
    ? ""
    : sentence(`**${link(event.title, event.url)}**`, event.title);
  const location = event.location ? sentence(escapeText(event.location), event.location) : "";
  const online = event.online ? link(ctx.words.online, event.online) : "";
  const before = join(`${when(ctx, event)}:`, join(title, title ? location : ""));
  const after = join(title ? "" : location, join(online, citation(ctx, event.source ? [event.source] : [])));
  return around(before, description, after);
}

/** "March 25", "March 1 – March 3", "February 14, 12:00–14:00 (America/Chicago)"; the year only when it differs from the document's. */
function when(ctx: Context, event: Event): string {
  const day = (iso: string) =>
    formatDate(iso, ctx.locale, iso.slice(0, 4) === ctx.doc.date.slice(0, 4) ? "day-month" : "long");
  const dates =
    event.endDate && event.endDate !== event.date ? `${day(event.date)} – ${day(event.endDate)}` : day(event.date);
  if (!event.time) return escapeText(dates);
  const times = event.endTime ? `${event.time}–${event.endTime}` : event.time;
  return escapeText(`${dates}, ${times}${event.timeZone ? ` (${event.timeZone})` : ""}`);
}
