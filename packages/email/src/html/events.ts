import { langAttributes, messages, type ResolvedEvent } from "@belarusbrief/core";
import { anchor, esc, type HtmlContext, rich, styled, title } from "./context.js";
import { headingHtml } from "./heading.js";
import { LAYOUT_TABLE } from "./layout.js";
import { STYLE } from "./style.js";

/**
 * A section's dates in the view's order (upcoming ones soonest first, then past ones), each with
 * its "Add to calendar" links when the view gives them (upcoming occurrences only).
 */
export function eventsHtml(ctx: HtmlContext, events: readonly ResolvedEvent[], level: number): string {
  const gap = `<tr><td${styled(STYLE.gap, "gap")}></td></tr>`;
  const list = events.map((event) => eventHtml(ctx, event)).join(gap);
  return `${headingHtml(level, ctx.words.upcomingDates, "inner")}<table ${LAYOUT_TABLE}>${list}</table>`;
}

function eventHtml(ctx: HtmlContext, event: ResolvedEvent): string {
  const words = messages(event.locale);
  const more = event.url ? ` ${anchor(event.url, esc(words.readMore))}` : "";
  const where = [event.location ? esc(event.location) : "", event.online ? anchor(event.online, esc(words.online)) : ""]
    .filter(Boolean)
    .join(" · ");
  const meta = styled(STYLE.meta, "meta");
  const calendar = event.calendar
    ? `<p${meta}>${esc(ctx.words.addToCalendar)}: ${anchor(event.calendar.google, "Google")} · ${anchor(event.calendar.outlook, "Outlook")}</p>`
    : "";
  return `<tr><td${styled(STYLE.event, "event")}${langAttributes(event.lang)}><p${styled(STYLE.when, "when")}>${esc(event.when)}</p><p${styled(STYLE.p)}><strong>${title(event.richTitle)}</strong>${more}</p>${where ? `<p${meta}>${where}</p>` : ""}${event.description ? rich(event.description) : ""}${calendar}</td></tr>`;
}
