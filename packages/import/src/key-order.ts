import type { DraftDocument } from "./draft.js";

const DOCUMENT_KEYS = [
  "kind",
  "id",
  "locale",
  "translationOf",
  "title",
  "tagline",
  "period",
  "date",
  "dateline",
  "author",
  "summary",
  "tags",
  "lead",
  "intro",
  "body",
  "source",
  "sections",
  "links",
];
// The order in which a section's parts are printed.
const SECTION_KEYS = [
  "id",
  "heading",
  "locale",
  "intro",
  "statistics",
  "items",
  "events",
  "actions",
  "reports",
  "recommendations",
  "links",
];

/** The draft with its fields in the order an editor reads them (the order the outputs print them). */
export function inReadingOrder(draft: DraftDocument): DraftDocument {
  const ordered = reorder(draft as Record<string, unknown>, DOCUMENT_KEYS);
  if (Array.isArray(ordered.sections))
    ordered.sections = ordered.sections.map((s: Record<string, unknown>) => reorder(s, SECTION_KEYS));
  return ordered as DraftDocument;
}

function reorder(value: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of keys) if (value[key] !== undefined) out[key] = value[key];
  for (const [key, child] of Object.entries(value)) if (!(key in out) && child !== undefined) out[key] = child;
  return out;
}
