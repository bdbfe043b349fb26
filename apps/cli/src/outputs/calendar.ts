import { collect } from "@belarusbrief/core";
import { renderCalendar, renderUpcomingCalendar } from "@belarusbrief/feeds";
import type { Artifact, Output } from "./types.js";

/**
 * iCalendar files: `calendar/<document id>.ics` for each document with events, and
 * `calendar/upcoming.ics` with every event still to come on the newest document's date.
 */
export const calendarOutput: Output = {
  name: "calendar",
  build: async ({ documents, site }) => {
    const options = { baseUrl: site.baseUrl };
    const withEvents = documents.filter((loaded) => collect(loaded.document).events.length > 0);
    const artifacts: Artifact[] = withEvents.map(({ document }) => ({
      kind: "ics",
      path: `calendar/${document.id}.ics`,
      mediaType: "text/calendar",
      document: document.id,
      locale: document.locale,
      content: renderCalendar(document, options),
    }));
    if (documents.length > 0) {
      artifacts.push({
        kind: "ics",
        path: "calendar/upcoming.ics",
        mediaType: "text/calendar",
        content: renderUpcomingCalendar(
          documents.map((loaded) => loaded.document),
          { ...options, title: site.title },
        ),
      });
    }
    return { artifacts };
  },
};

export default calendarOutput;
