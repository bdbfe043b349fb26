import { LOCALES } from "@belarusbrief/core";
import { describe, expect, it } from "vitest";
import { feedGroups } from "../src/build-feeds.js";
import { type FeedItem, newestFirst } from "../src/feed-data.js";

/** Items of both feeds in every language, many on the same day, from a fixed pseudo-random sequence. */
function items(count: number): FeedItem[] {
  let seed = 7;
  const next = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };
  return Array.from({ length: count }, (_, i) => {
    const day = `2021-0${1 + next(9)}-1${next(10)}`;
    const locale = LOCALES[next(LOCALES.length)] ?? "en";
    const document = `doc-${next(1000)}-${i}`;
    const entry = {
      id: document,
      url: document,
      title: document,
      html: "",
      day,
      locale,
      tags: [],
      author: { name: "a" },
    };
    return { feed: next(3) === 0 ? "publications" : "news", document, entry };
  });
}

describe("feedGroups", () => {
  it("holds only the newest of each feed while reading, and gives what sorting everything gives", () => {
    const all = items(500);
    for (const limit of [1, 3, 50]) {
      const groups = feedGroups(all, limit);
      for (const { name, locale, items: newest } of groups) {
        const expected = all
          .filter((item) => item.feed === name && (locale === "all" || item.entry.locale === locale))
          .sort(newestFirst)
          .slice(0, limit);
        expect(newest, `${name}.${locale}, limit ${limit}`).toEqual(expected);
      }
      // Publications before news, each language in the order of LOCALES, `all` last.
      const order = groups.map((g) => `${g.name}.${g.locale}`);
      const expectedOrder = (["publications", "news"] as const).flatMap((name) =>
        [...LOCALES, "all" as const]
          .filter((locale) => all.some((i) => i.feed === name && (locale === "all" || i.entry.locale === locale)))
          .map((locale) => `${name}.${locale}`),
      );
      expect(order).toEqual(expectedOrder);
      // The order items come in does not matter.
      expect(feedGroups([...all].reverse(), limit)).toEqual(groups);
    }
  });
});
