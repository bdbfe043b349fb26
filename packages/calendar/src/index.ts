export { adapter } from "./adapter.js";
export { CalendarOptions, type CalendarSettings } from "./options.js";
export { renderCalendar } from "./render-calendar.js";
export { type CalendarEntry, renderUpcomingCalendar } from "./upcoming-calendar.js";
