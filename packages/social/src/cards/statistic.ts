import { formatDate, messages, type ResolvedDocument, type ResolvedStatistic, slugify } from "@belarusbrief/core";
import type { StatisticCard, TrendPoint } from "../card.js";
import { phraseText } from "../phrase.js";

/**
 * A card per statistic that names its source. A statistic without a source gets no card: a number
 * shared without who says so and when is misinformation waiting to happen.
 */
export function statisticCards(doc: ResolvedDocument): StatisticCard[] {
  return doc.sections.flatMap((section) =>
    section.statistics.flatMap((stat): StatisticCard[] => {
      if (!stat.citation) return [];
      const series = stat.series ? doc.all.statistics.filter((other) => other.series === stat.series) : [];
      const card: StatisticCard = {
        template: "statistic",
        id: `statistic-${stat.id ?? slugify(stat.series ?? stat.measure, 40)}`,
        document: doc.id,
        locale: stat.locale,
        path: stat.path,
        kicker: section.heading
          ? { text: section.heading, path: [...section.path, "heading"] }
          : { text: messages(stat.locale).inNumbers, path: [] },
        value: { text: stat.phrase, path: [...stat.path, "value"] },
        measure: { text: stat.measure, path: [...stat.path, "measure"] },
        source: { text: phraseText(stat.citation), path: [...stat.path, "source", "name"] },
        asOf: { text: stat.asOf.phrase, path: [...stat.path, "asOf"] },
      };
      if (series.length > 1) card.trend = trend(series, stat);
      return [card];
    }),
  );
}

/** The series' values by as-of date, oldest first; values of the same date keep reading order. */
function trend(series: ResolvedStatistic[], current: ResolvedStatistic): TrendPoint[] {
  return series
    .map((stat, order) => ({ stat, order }))
    .sort((a, b) => a.stat.asOf.iso.localeCompare(b.stat.asOf.iso) || a.order - b.order)
    .map(({ stat }) => ({
      label: formatDate(stat.asOf.iso, current.locale, "short"),
      value: stat.value,
      text: stat.number,
      current: stat === current,
    }));
}
