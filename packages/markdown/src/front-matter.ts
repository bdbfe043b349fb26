import type { Document } from "@belarusbrief/core";
import { stringify } from "yaml";
import { stripControls } from "./escape.js";

/** YAML front matter for static-site generators: title, date, locale, tags, kind, id and the summary as description. */
export function frontMatter(doc: Document): string {
  const data = {
    title: stripControls(doc.title),
    date: doc.date,
    locale: doc.locale,
    ...(doc.tags?.length ? { tags: doc.tags.map(stripControls) } : {}),
    kind: doc.kind,
    id: doc.id,
    ...(doc.summary ? { description: stripControls(doc.summary) } : {}),
  };
  return `---\n${stringify(data, { lineWidth: 0 })}---\n`;
}
