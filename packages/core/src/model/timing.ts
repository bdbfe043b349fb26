import { addDays, type Occurrence } from "./upcoming.js";

/** A date and a time of day on a wall clock. */
export interface WallTime {
  date: string;
  time: string;
}

/** When a timed occurrence starts and ends, on the wall clock of its zone. */
export interface Timing {
  timeZone: string;
  start: WallTime;
  end: WallTime;
}

/** How long a timed event without an end time lasts, in every output that needs an end. */
export const DEFAULT_DURATION_MINUTES = 60;

/**
 * The start and end of a timed occurrence in its zone: its own end time (on its last day), else
 * {@link DEFAULT_DURATION_MINUTES} after the start. Undefined for an all-day event.
 */
export function timingOf(occurrence: Occurrence): Timing | undefined {
  const { event } = occurrence;
  if (!event.time || !event.timeZone) return undefined;
  const start = { date: occurrence.date, time: event.time };
  if (event.endTime)
    return {
      timeZone: event.timeZone,
      start,
      end: { date: occurrence.endDate ?? occurrence.date, time: event.endTime },
    };
  const [h = 0, m = 0] = event.time.split(":").map(Number);
  const total = h * 60 + m + DEFAULT_DURATION_MINUTES;
  const days = Math.floor(total / 1440);
  const rest = total - days * 1440;
  const time = `${String(Math.floor(rest / 60)).padStart(2, "0")}:${String(rest % 60).padStart(2, "0")}`;
  return { timeZone: event.timeZone, start, end: { date: addDays(occurrence.date, days), time } };
}
