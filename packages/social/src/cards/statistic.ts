import {
  type Document,
  formatAsOf,
  formatDate,
  formatNumber,
  formatStatistic,
  type Locale,
  messages,
  type Statistic,
  slugify,
} from "@belarusbrief/core";
import type { StatisticCard, TrendPoint } from "../card.js";
import { cleanText } from "../text.js";

/**
 * A card per statistic that names its source. A statistic without a source gets no card: a number
 * shared without who says so and when is misinformation waiting to happen.
 */
export function statisticCards(doc: Document): StatisticCard[] {
  const all = (doc.sections ?? []).flatMap((section, s) =>
    (section.statistics ?? []).map((stat, i) => ({ stat, section, at: ["sections", s, "statistics", i] as const })),
  );
  return all.flatMap(({ stat, section, at }): StatisticCard[] => {
    if (!stat.source) return [];
    const locale = stat.locale ?? section.locale ?? doc.locale;
    const m = messages(locale);
    const asOf = stat.asOf ?? doc.date;
    const series = stat.series ? all.filter((other) => other.stat.series === stat.series).map((o) => o.stat) : [];
    const card: StatisticCard = {
      template: "statistic",
      id: `statistic-${stat.id ?? slugify(stat.series ?? stat.measure, 40)}`,
      document: doc.id,
      locale,
      kicker: section.heading
        ? { text: cleanText(section.heading), path: ["sections", at[1], "heading"] }
        : { text: m.inNumbers, path: [] },
      value: { text: cleanText(formatStatistic(stat, locale).value), path: [...at, "value"] },
      measure: { text: cleanText(stat.measure), path: [...at, "measure"] },
      source: { text: `${m.source}: ${cleanText(stat.source.name)}`, path: [...at, "source", "name"] },
      asOf: { text: formatAsOf(asOf, locale), path: stat.asOf ? [...at, "asOf"] : ["date"] },
    };
    if (series.length > 1) card.trend = trend(series, stat, doc.date, locale);
    return [card];
  });
}

function trend(series: Statistic[], current: Statistic, fallback: string, locale: Locale): TrendPoint[] {
  return series
    .map((stat, order) => ({ stat, order, date: stat.asOf ?? fallback }))
    .sort((a, b) => a.date.localeCompare(b.date) || a.order - b.order)
    .map(({ stat, date }) => ({
      label: formatDate(date, locale, "short"),
      value: stat.value,
      text: formatNumber(stat.value, locale),
      current: stat === current,
    }));
}
