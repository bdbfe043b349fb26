import { type Document, formatDate, formatStatistic, messages } from "@belarusbrief/core";
import type { CardText, CoverCard, HeadlineCard } from "../card.js";
import { capitalise, cleanText } from "../text.js";

/** A brief's cover, or the headline of any other document. */
export function headlineCards(doc: Document): (CoverCard | HeadlineCard)[] {
  const m = messages(doc.locale);
  const kicker = { text: m.kind[doc.kind], path: [] };
  const title = { text: cleanText(doc.title), path: ["title"] };
  if (doc.kind === "brief") {
    const cover: CoverCard = {
      template: "cover",
      id: "cover",
      document: doc.id,
      locale: doc.locale,
      kicker,
      month: { text: capitalise(formatDate(doc.period, doc.locale, "month-year")), path: ["period"] },
      title,
      highlights: highlights(doc),
    };
    if (doc.tagline) cover.tagline = { text: cleanText(doc.tagline), path: ["tagline"] };
    return [cover];
  }
  const by =
    doc.kind === "press-release" ? doc.dateline : doc.kind === "news-item" ? doc.source?.name : doc.author?.name;
  const meta = [formatDate(doc.date, doc.locale), by && cleanText(by)].filter(Boolean).join(" · ");
  return [
    {
      template: "headline",
      id: "headline",
      document: doc.id,
      locale: doc.locale,
      kicker,
      title,
      meta: { text: meta, path: ["date"] },
    },
  ];
}

/** The first three sourced statistics; failing those, the first three item lead-ins. */
function highlights(doc: Document): CardText[] {
  const stats: CardText[] = [];
  const leads: CardText[] = [];
  (doc.sections ?? []).forEach((section, s) => {
    section.statistics?.forEach((stat, i) => {
      if (!stat.source) return;
      const text = formatStatistic(stat, stat.locale ?? section.locale ?? doc.locale).text;
      stats.push({ text: cleanText(text), path: ["sections", s, "statistics", i, "measure"] });
    });
    section.items?.forEach((item, i) => {
      if (item.lead) leads.push({ text: cleanText(item.lead), path: ["sections", s, "items", i, "lead"] });
    });
  });
  return (stats.length > 0 ? stats : leads).slice(0, 3);
}
