// A whole process: lay the cards out with @belarusbrief/social (the element tree satori is given,
// sizes fitted), register the same Noto Sans files with @takumi-rs/core and render each tree to
// PNG natively; exit. A second baseline beside Chromium: a native renderer of the same trees.
// node bench/children/takumi-cards.mjs <cards.json> <count> [out-dir]
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { layoutCard } from "@belarusbrief/social/fit";
import { importFrom, requireFrom } from "../lib/paths.mjs";

const SUBSETS = ["latin", "latin-ext", "cyrillic", "cyrillic-ext"];
const SIZE = { width: 1200, height: 630 };

const [file, count, out] = process.argv.slice(2);
const cards = JSON.parse(readFileSync(file, "utf8"));
const { Renderer } = await importFrom(".", "@takumi-rs/core");
const { fromJsx } = await importFrom(".", "@takumi-rs/helpers/jsx");
const fonts = requireFrom("packages/social");
const renderer = new Renderer();
for (const subset of SUBSETS) {
  for (const weight of [400, 700]) {
    const path = fonts.resolve(`@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff2`);
    await renderer.registerFont({ name: `noto-${subset}`, weight, style: "normal", data: readFileSync(path) });
  }
}
let bytes = 0;
for (let i = 0; i < Number(count); i++) {
  const tree = await layoutCard(cards[i % cards.length], { size: "og", footer: "BelarusBrief" });
  const { node } = await fromJsx(tree);
  const png = await renderer.render(node, { ...SIZE, format: "png" });
  bytes += png.length;
  if (out) writeFileSync(join(out, `takumi-${i}.png`), png);
}
process.stdout.write(JSON.stringify({ cards: Number(count), bytes }));
