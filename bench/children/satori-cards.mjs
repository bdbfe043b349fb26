// A whole process: import @belarusbrief/social and draw cards as PNG, one after another.
// node bench/children/satori-cards.mjs <cards.json> <count> [size] [out-dir]
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { renderPng } from "@belarusbrief/social";

const [file, count, size = "og", out] = process.argv.slice(2);
const cards = JSON.parse(readFileSync(file, "utf8"));
let bytes = 0;
for (let i = 0; i < Number(count); i++) {
  const { png } = await renderPng(cards[i % cards.length], { size, footer: "BelarusBrief" });
  bytes += png.length;
  if (out) writeFileSync(join(out, `satori-${i}.png`), png);
}
process.stdout.write(JSON.stringify({ cards: Number(count), bytes }));
