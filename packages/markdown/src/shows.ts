import { linksOf, oneLine, type RichText } from "@belarusbrief/core";
import { fold } from "./mdast.js";

/**
 * Whether a field already shows `words` to its reader (white space folded), so the layout need not
 * repeat them: an action body that opens with its title in bold, an event description naming the
 * event, a report naming its city.
 */
export function shows(field: RichText | undefined, words: string): boolean {
  return field !== undefined && oneLine(field).includes(fold(words));
}

/** Whether a field links to `url` somewhere. */
export function linksTo(field: RichText | undefined, url: string): boolean {
  return field !== undefined && linksOf(field).some((link) => link.url === url);
}
