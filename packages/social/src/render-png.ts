import { createRequire } from "node:module";
import { altText } from "./alt-text.js";
import type { Card } from "./card.js";
import type { CardOptions } from "./options.js";
import { encodePng } from "./png.js";
import { renderSvg } from "./render-svg.js";

/** A share image with its alt text. */
export interface RenderedCard {
  png: Uint8Array;
  width: number;
  height: number;
  /** What the image shows, in the card's language, at most 420 characters. */
  alt: string;
}

type ResvgJs = typeof import("@resvg/resvg-js");
let loaded: ResvgJs | undefined;

/**
 * resvg-js, loaded on first use. Its native code allocates with mimalloc, which hands freed memory
 * back to the system 10 ms after it is freed, so every card gets a fresh 3 MB pixmap whose pages
 * fault in one by one: on the 2-core machine measured, an empty 1200×630 render took 23 ms, and
 * 12 ms with a longer delay. Unless the user set it, the delay is made one second (mimalloc reads
 * it when the module loads): 50 Open Graph cards took 2.25 s instead of 2.64 s, with a peak
 * 30–80 MB higher (over four bench runs). The memory is still given back a second after drawing stops.
 */
function resvg(): ResvgJs {
  if (!loaded) {
    process.env.MIMALLOC_PURGE_DELAY ??= "1000";
    loaded = createRequire(import.meta.url)("@resvg/resvg-js") as ResvgJs;
  }
  return loaded;
}

/** Draws a card as PNG: `renderSvg`, rasterised by resvg without system fonts. Same card and options, same bytes. */
export async function renderPng(card: Card, options?: CardOptions): Promise<RenderedCard> {
  const svg = await renderSvg(card, options);
  const image = await resvg().renderAsync(svg, { font: { loadSystemFonts: false }, background: undefined });
  const { width, height } = image;
  const png = await encodePng(image.pixels, width, height);
  return { png, width, height, alt: altText(card) };
}

/**
 * Draws many cards, a few at a time: while one card is laid out (satori, on the main thread) others
 * are rasterised and compressed on the thread pool. Results come back in the order of `jobs`, with
 * the same bytes as one `renderPng` call each. The first error rejects the whole batch.
 */
export async function renderPngs(
  jobs: readonly { card: Card; options?: CardOptions }[],
  { concurrency = 3, onDone }: { concurrency?: number; onDone?: (done: number, index: number) => void } = {},
): Promise<RenderedCard[]> {
  const results: RenderedCard[] = new Array(jobs.length);
  let next = 0;
  let done = 0;
  const worker = async () => {
    for (let i = next++; i < jobs.length; i = next++) {
      const job = jobs[i] as { card: Card; options?: CardOptions };
      results[i] = await renderPng(job.card, job.options);
      onDone?.(++done, i);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, jobs.length)) }, worker));
  return results;
}
