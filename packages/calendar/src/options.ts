import { Site, type SiteInput } from "@belarusbrief/core";
import { z } from "zod";

/**
 * The calendar's own settings (under `calendar` in `belarusbrief.json`): none yet. Its address,
 * name and UIDs come from the shared site settings.
 */
export const CalendarOptions = z.strictObject({});
export type CalendarOptions = z.input<typeof CalendarOptions>;

/** What the render functions need besides the documents. */
export interface CalendarSettings {
  /** The shared site settings: `baseUrl` (its host makes UIDs unique) and `title` (the upcoming calendar's name). */
  site?: SiteInput;
}

/** The site settings with defaults applied, every problem folded into one readable error. */
export function siteOf(settings: CalendarSettings): Site {
  const result = Site.safeParse(settings.site ?? {});
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `site.${issue.path.join(".")}: ${issue.message}`);
  throw new Error(`[@belarusbrief/calendar] fix these settings: ${problems.join("; ")}`);
}
