// A whole process: launch headless Chromium, load the card page once, then for each card fill in
// its texts and take a PNG screenshot; exit.
// node bench/children/chromium-cards.mjs <cards.json> <count> [out-dir]
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { cardPage, fillCard } from "../lib/card-html.mjs";
import { CHROMIUM, importFrom } from "../lib/paths.mjs";

const CHROMIUM_ARGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

const [file, count, out] = process.argv.slice(2);
const cards = JSON.parse(readFileSync(file, "utf8"));
const playwright = await importFrom("packages/email", "playwright-core");
const { chromium } = playwright.chromium ? playwright : playwright.default;
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 630 }, deviceScaleFactor: 1 });
  // Nothing leaves the machine: every request but the page itself is refused.
  await page.route("**/*", (route) => route.abort());
  await page.setContent(cardPage(), { waitUntil: "load" });
  let bytes = 0;
  for (let i = 0; i < Number(count); i++) {
    await page.evaluate(fillCard, { card: cards[i % cards.length], footer: "BelarusBrief" });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const png = await page.screenshot({ type: "png" });
    bytes += png.length;
    if (out) writeFileSync(join(out, `chromium-${i}.png`), png);
  }
  process.stdout.write(JSON.stringify({ cards: Number(count), bytes }));
} finally {
  await browser.close();
}
