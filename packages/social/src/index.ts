export { adapter } from "./adapter.js";
export { altText, MAX_ALT } from "./alt-text.js";
export {
  type ActionCard,
  type Card,
  type CardText,
  type CoverCard,
  type EventCard,
  type HeadlineCard,
  type QuoteCard,
  type StatisticCard,
  TEMPLATES,
  type Template,
  type TrendPoint,
} from "./card.js";
export { MAX_QUOTE_CHARACTERS } from "./cards/quote.js";
export { cardsFor } from "./cards-for.js";
export { type Colours, contrastRatio, textPairs } from "./contrast.js";
export {
  CardOptions,
  CardSettings,
  type CardSettingsInput,
  SIZE_NAMES,
  SIZES,
  type Size,
  Theme,
} from "./options.js";
export { type RenderedCard, renderPng, renderPngs } from "./render-png.js";
export { renderSvg } from "./render-svg.js";
