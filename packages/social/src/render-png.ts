import { renderAsync } from "@resvg/resvg-js";
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

/** Draws a card as PNG: `renderSvg`, rasterised by resvg without system fonts. Same card and options, same bytes. */
export async function renderPng(card: Card, options?: CardOptions): Promise<RenderedCard> {
  const svg = await renderSvg(card, options);
  const image = await renderAsync(svg, { font: { loadSystemFonts: false }, background: undefined });
  const { width, height } = image;
  const png = encodePng(new Uint8Array(image.pixels), width, height);
  return { png, width, height, alt: altText(card) };
}
