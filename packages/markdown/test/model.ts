import type { Document, Source } from "@belarusbrief/core";

/** Every source of a document (item, statistic, quote, event, action and report sources, authors, news sources). */
export function sourcesOf(doc: Document): Source[] {
  const out: Source[] = [];
  const walk = (value: unknown, key: string) => {
    if (Array.isArray(value)) for (const v of value) walk(v, key);
    else if (value && typeof value === "object") {
      if (SOURCE_KEYS.has(key)) out.push(value as Source);
      else for (const [k, v] of Object.entries(value)) walk(v, k);
    }
  };
  walk(doc, "");
  return out;
}

const SOURCE_KEYS = new Set(["source", "sources", "via", "author"]);
