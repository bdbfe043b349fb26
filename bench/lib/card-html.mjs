// The Open Graph statistic card of @belarusbrief/social written as HTML/CSS for a browser, with the
// same Noto Sans files (as local data: URLs, nothing fetched), sizes, colours and spacing
// (packages/social/src/frame.ts, layout.ts, templates/statistic.ts). One difference favours
// the browser: it sets the largest text sizes and does not search for a size that fits.
import { readFileSync } from "node:fs";
import { requireFrom } from "./paths.mjs";

const SUBSETS = ["latin", "latin-ext", "cyrillic", "cyrillic-ext"];
const FAMILY = SUBSETS.map((s) => `noto-${s}`).join(", ");

function fontFaces() {
  const require = requireFrom("packages/social");
  return SUBSETS.flatMap((subset) =>
    [400, 700].map((weight) => {
      const file = require.resolve(`@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff2`);
      const data = readFileSync(file).toString("base64");
      return `@font-face{font-family:noto-${subset};font-weight:${weight};font-style:normal;src:url(data:font/woff2;base64,${data}) format("woff2")}`;
    }),
  ).join("\n");
}

/** A page holding one card, 1200×630; `fillCard` puts a card's texts in it. */
export function cardPage() {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>
${fontFaces()}
*{box-sizing:border-box;margin:0}
html,body{width:1200px;height:630px;overflow:hidden}
.card{position:relative;width:1200px;height:630px;padding:52px 72px 44px 72px;display:flex;flex-direction:column;gap:24px;background:#FFFFFF;font-family:${FAMILY}}
.stripe{position:absolute;left:0;top:0;width:16px;height:630px;background:#C8313E}
.kicker{font-size:26px;font-weight:700;line-height:1.3;color:#C8313E;text-transform:uppercase;letter-spacing:1.56px}
.body{flex:1;display:flex;flex-direction:column;justify-content:center;gap:18px}
.hero{font-size:124px;font-weight:700;line-height:1.05;color:#C8313E;overflow-wrap:break-word}
.title{font-size:64px;font-weight:700;line-height:1.15;color:#1B1B1F;overflow-wrap:break-word}
.meta{font-size:28px;line-height:1.3;color:#52525B}
.footer{height:44px;display:flex;align-items:center;font-size:28px;line-height:1.3;color:#52525B}
</style></head><body><div class="card"><div class="stripe"></div>
<div class="kicker" id="kicker"></div>
<div class="body"><div class="hero" id="value"></div><div class="title" id="measure"></div><div class="meta" id="meta"></div></div>
<div class="footer" id="footer"></div></div></body></html>`;
}

/** Runs in the page: writes one card's texts. */
export function fillCard({ card, footer }) {
  document.getElementById("kicker").textContent = card.kicker.text;
  document.getElementById("value").textContent = card.value.text;
  document.getElementById("measure").textContent = card.measure.text;
  document.getElementById("meta").textContent = `${card.source.text} · ${card.asOf.text}`;
  document.getElementById("footer").textContent = footer;
}
