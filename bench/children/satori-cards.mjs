// A whole process: import @belarusbrief/social and draw cards as PNG, a few at a time as the CLI does.
// node bench/children/satori-cards.mjs <cards.json> <count> [size] [out-dir]
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { renderPngs } from "@belarusbrief/social";

const [file, count, size = "og", out] = process.argv.slice(2);
const cards = JSON.parse(readFileSync(file, "utf8"));
const jobs = Array.from({ length: Number(count) }, (_, i) => ({
  card: cards[i % cards.length],
  options: { size, footer: "BelarusBrief" },
}));
let bytes = 0;
for (const [i, { png }] of (await renderPngs(jobs, { concurrency: 3 })).entries()) {
  bytes += png.length;
  if (out) writeFileSync(join(out, `satori-${i}.png`), png);
}
process.stdout.write(JSON.stringify({ cards: Number(count), bytes }));
