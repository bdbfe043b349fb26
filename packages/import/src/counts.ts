import type { Document } from "@belarusbrief/core";
import type { Counts } from "./types.js";

/** An empty tally. */
export function noCounts(): Counts {
  return {
    sections: 0,
    items: 0,
    statistics: 0,
    events: 0,
    actions: 0,
    reports: 0,
    quotes: 0,
    recommendations: 0,
    links: 0,
    sources: 0,
  };
}

/** How many of each part a document has. */
export function countParts(doc: Document): Counts {
  const counts = noCounts();
  const sections = doc.sections ?? [];
  counts.sections = sections.length;
  for (const section of sections) {
    counts.items += section.items?.length ?? 0;
    counts.statistics += section.statistics?.length ?? 0;
    counts.events += section.events?.length ?? 0;
    counts.actions += section.actions?.length ?? 0;
    counts.reports += section.reports?.length ?? 0;
    counts.recommendations += section.recommendations?.length ?? 0;
    counts.links += section.links?.length ?? 0;
    counts.quotes += section.items?.filter((item) => item.quote).length ?? 0;
  }
  counts.links += doc.links?.length ?? 0;
  if ((doc.kind === "brief" || doc.kind === "statement") && doc.lead) counts.quotes++;
  counts.sources = countSources(doc);
  return counts;
}

/** Adds `b` to `a`. */
export function addCounts(a: Counts, b: Counts): Counts {
  const out = { ...a };
  for (const key of Object.keys(out) as (keyof Counts)[]) out[key] += b[key];
  return out;
}

function countSources(value: unknown, key?: string): number {
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + countSources(v, key), 0);
  if (value === null || typeof value !== "object") return 0;
  const own = key && ["source", "sources", "via", "author"].includes(key) && "name" in value ? 1 : 0;
  return own + Object.entries(value).reduce((n: number, [k, v]) => n + countSources(v, k), 0);
}
