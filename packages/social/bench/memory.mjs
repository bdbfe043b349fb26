// Renders 500 Open Graph cards in one process and reports peak resident memory.
// Run after `npx tsup`: node packages/social/bench/memory.mjs
import { resolve } from "@belarusbrief/core";
import { cardsFor, renderPng } from "../dist/index.js";

const doc = {
  kind: "brief",
  id: "m",
  locale: "en",
  title: "BelarusBrief",
  period: "2030-01",
  date: "2030-01-31",
  sections: [
    {
      heading: "In numbers",
      statistics: [{ value: 1265, qualifier: "exact", measure: "political prisoners", source: { name: "Viasna" } }],
    },
  ],
};
const cards = cardsFor(resolve(doc, { baseUrl: "https://example.org/" }));
let peak = 0;
const start = performance.now();
for (let i = 0; i < 500; i++) {
  await renderPng(cards[i % cards.length], { size: "og" });
  if (i % 25 === 0) peak = Math.max(peak, process.memoryUsage().rss);
}
peak = Math.max(peak, process.memoryUsage().rss);
console.log(`500 cards in ${Math.round(performance.now() - start)} ms; peak RSS ${Math.round(peak / 2 ** 20)} MB`);
