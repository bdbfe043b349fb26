import { addDays, type Event, isPlaceholderUrl, type Occurrence } from "@belarusbrief/core";
import { stripControl } from "./clean.js";
import { markdownToHtml } from "./markdown.js";
import { htmlToText } from "./sanitize.js";
import { DEFAULT_MINUTES } from "./to-ical-event.js";
import { addMinutes, offsetMinutes } from "./wall-time.js";

/** "Add to calendar" addresses for one event. */
export interface CalendarLinks {
  google: string;
  outlook: string;
}

/**
 * Google Calendar and Outlook.com "add to calendar" links for `event`, on the date of `occurrence`
 * when given (e.g. the next Freedom Day), else its own date. Yearly events ask Google to repeat.
 */
export function calendarLinks(event: Event, occurrence?: Occurrence): CalendarLinks {
  const date = occurrence?.date ?? event.date;
  const endDate = occurrence?.endDate ?? event.endDate;
  const title = stripControl(event.title);
  const details = stripControl(
    [
      event.description ? htmlToText(markdownToHtml(event.description)) : "",
      link(event.url) ?? link(event.online) ?? "",
    ]
      .filter(Boolean)
      .join("\n\n"),
  );
  const location = stripControl(event.location ?? (link(event.online) ? "Online" : ""));
  const google = new URLSearchParams({ action: "TEMPLATE", text: title });
  const outlook = new URLSearchParams({ path: "/calendar/action/compose", rru: "addevent", subject: title });
  if (!event.time || !event.timeZone) {
    const end = addDays(endDate ?? date, 1);
    google.set("dates", `${compact(date)}/${compact(end)}`);
    outlook.set("startdt", date);
    outlook.set("enddt", end);
    outlook.set("allday", "true");
  } else {
    const [endDay, endTime] = event.endTime
      ? [endDate ?? date, event.endTime]
      : addMinutes(date, event.time, DEFAULT_MINUTES);
    google.set("dates", `${compact(date)}T${compact(event.time)}00/${compact(endDay)}T${compact(endTime)}00`);
    google.set("ctz", event.timeZone);
    outlook.set("startdt", isoWithOffset(date, event.time, event.timeZone));
    outlook.set("enddt", isoWithOffset(endDay, endTime, event.timeZone));
  }
  if (event.recurs === "yearly") google.set("recur", "RRULE:FREQ=YEARLY");
  if (details) {
    google.set("details", details);
    outlook.set("body", details);
  }
  if (location) {
    google.set("location", location);
    outlook.set("location", location);
  }
  return {
    google: `https://calendar.google.com/calendar/render?${google}`,
    outlook: `https://outlook.live.com/calendar/0/deeplink/compose?${outlook}`,
  };
}

function compact(value: string): string {
  return value.replace(/[-:]/g, "");
}

function link(url: string | undefined): string | undefined {
  return url && !isPlaceholderUrl(url) && /^https?:\/\//.test(url.trim()) ? url.trim() : undefined;
}

function isoWithOffset(date: string, time: string, zone: string): string {
  const offset = offsetMinutes(date, time, zone);
  const abs = Math.abs(offset);
  const sign = offset < 0 ? "-" : "+";
  return `${date}T${time}:00${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
}
