export { adapter } from "./adapter.js";
export { CalendarOptions, type CalendarSettings } from "./options.js";
export { renderCalendar } from "./render-calendar.js";
export { renderUpcomingCalendar } from "./upcoming-calendar.js";
