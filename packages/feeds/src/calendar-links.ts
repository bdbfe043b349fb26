import {
  type CalendarLinks,
  type Event,
  isPlaceholderUrl,
  calendarLinks as links,
  type Occurrence,
} from "@belarusbrief/core";
import { stripControl } from "./clean.js";
import { markdownToHtml } from "./markdown.js";
import { htmlToText } from "./sanitize.js";

/**
 * Google Calendar and Outlook.com "add to calendar" links for `event`, on the date of `occurrence`
 * when given (e.g. the next Freedom Day), else its own date, with the description and online link as
 * details. Yearly events ask Google to repeat.
 */
export function calendarLinks(event: Event, occurrence?: Occurrence): CalendarLinks {
  const when: Occurrence = occurrence ?? {
    event,
    date: event.date,
    ...(event.endDate ? { endDate: event.endDate } : {}),
  };
  const details = stripControl(
    [
      event.description ? htmlToText(markdownToHtml(event.description)) : "",
      link(event.url) ?? link(event.online) ?? "",
    ]
      .filter(Boolean)
      .join("\n\n"),
  );
  return links({ ...when, event: { ...event, title: stripControl(event.title) } }, details || undefined);
}

function link(url: string | undefined): string | undefined {
  return url && !isPlaceholderUrl(url) && /^https?:\/\//.test(url.trim()) ? url.trim() : undefined;
}
