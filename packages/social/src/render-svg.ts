import type { Card } from "./card.js";
import { draw } from "./draw.js";
import { layoutCard } from "./layout.js";
import { type CardOptions, resolveOptions, SIZES } from "./options.js";

/**
 * Draws a card as SVG (text as paths, fonts and emoji bundled, nothing fetched). Texts shrink to
 * fit; a text that cannot fit, or a character no bundled font has, fails with a FieldError whose
 * `path` names the document field. The same card and options give the same string.
 */
export async function renderSvg(card: Card, options?: CardOptions): Promise<string> {
  const { width, height } = SIZES[resolveOptions(options).size];
  return draw(await layoutCard(card, options), { width, height }, card.kicker.path);
}
