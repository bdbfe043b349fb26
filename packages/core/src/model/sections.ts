/** The parts of a section that print something under its heading, in printing order. */
export const SECTION_PARTS = [
  "intro",
  "statistics",
  "items",
  "events",
  "actions",
  "reports",
  "recommendations",
  "links",
] as const;

type SectionParts = { [K in (typeof SECTION_PARTS)[number]]?: unknown };

/**
 * Whether a section has nothing to print under its heading: no intro and no entries. Works on a
 * section as written and as resolved (after expired calls to action are left out); resolve drops
 * such a section, so no output prints a heading alone, and the validator warns about one written.
 */
export function isEmptySection(section: SectionParts): boolean {
  return SECTION_PARTS.every((part) => {
    const value = section[part];
    if (value === undefined || value === null) return true;
    if (Array.isArray(value)) return value.length === 0;
    if (typeof value === "string") return value.trim() === "";
    return false;
  });
}
