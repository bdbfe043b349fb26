import type { ResolvedDocument } from "@belarusbrief/core";
import type { CardText, CoverCard, HeadlineCard } from "../card.js";

/** A brief's cover, or the headline of any other document: the card that stands for the document. */
export function headlineCards(doc: ResolvedDocument): (CoverCard | HeadlineCard)[] {
  const base = { document: doc.id, locale: doc.locale, path: [], kicker: { text: doc.kindLabel, path: [] } };
  const title = { text: doc.title, path: ["title"] };
  if (doc.period) {
    const cover: CoverCard = {
      ...base,
      template: "cover",
      id: "cover",
      month: { text: capitalise(doc.period.text), path: ["period"] },
      title,
      highlights: highlights(doc),
    };
    if (doc.tagline) cover.tagline = { text: doc.tagline, path: ["tagline"] };
    return [cover];
  }
  const by =
    doc.kind === "press-release" ? doc.dateline : doc.kind === "news-item" ? doc.source?.name : doc.author?.name;
  const meta = [doc.date.text, by].filter(Boolean).join(" · ");
  return [{ ...base, template: "headline", id: "headline", title, meta: { text: meta, path: ["date"] } }];
}

/** The first three sourced statistics; failing those, the first three item lead-ins. */
function highlights(doc: ResolvedDocument): CardText[] {
  const stats = doc.all.statistics
    .filter((stat) => stat.citation)
    .map((stat) => ({ text: stat.text, path: [...stat.path, "measure"] }));
  const leads = doc.all.items.flatMap((item) => (item.lead ? [{ text: item.lead, path: [...item.path, "lead"] }] : []));
  return (stats.length > 0 ? stats : leads).slice(0, 3);
}

// A month name starts the cover's line; Belarusian and Russian write it in lower case.
function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}
