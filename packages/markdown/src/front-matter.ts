import type { ResolvedDocument } from "@belarusbrief/core";
import { stringify } from "yaml";

/** YAML front matter for static-site generators: title, date, locale, tags, kind, id and the summary as description. */
export function frontMatter(doc: ResolvedDocument): string {
  const data = {
    title: doc.title,
    date: doc.date.iso,
    locale: doc.locale,
    ...(doc.tags.length ? { tags: doc.tags } : {}),
    kind: doc.kind,
    id: doc.id,
    ...(doc.summary ? { description: doc.summary } : {}),
  };
  return `---\n${stringify(data, { lineWidth: 0 })}---\n`;
}
