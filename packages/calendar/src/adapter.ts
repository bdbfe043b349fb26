import { type Artifact, defineAdapter } from "@belarusbrief/core";
import { CalendarOptions } from "./options.js";
import { renderCalendar } from "./render-calendar.js";
import { calendarEntry, renderUpcomingCalendarOf } from "./upcoming-calendar.js";

const MEDIA_TYPE = "text/calendar";

/**
 * The `calendar` output: `calendar/<id>.ics` (role `document-calendar`) for each document with
 * events, and `calendar/upcoming.ics` (role `calendar`) with every event still to come on the
 * newest document's date.
 */
export const adapter = defineAdapter({
  name: "calendar",
  options: CalendarOptions,
  renderDocument: (doc, { site }): Artifact[] => {
    if (doc.all.events.length === 0) return [];
    return [
      {
        kind: "ics",
        role: "document-calendar",
        path: `calendar/${doc.id}.ics`,
        mediaType: MEDIA_TYPE,
        document: doc.id,
        locale: doc.locale,
        content: renderCalendar(doc, { site }),
      },
    ];
  },
  collect: (doc) => calendarEntry(doc),
  renderCollection: (entries, { site }): Artifact[] => {
    const all = [...entries];
    if (all.length === 0) return [];
    return [
      {
        kind: "ics",
        role: "calendar",
        path: "calendar/upcoming.ics",
        mediaType: MEDIA_TYPE,
        content: renderUpcomingCalendarOf(all, { site }),
      },
    ];
  },
});
