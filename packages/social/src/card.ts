import type { Locale } from "@belarusbrief/core";

/** A text a card shows, with the path of the document field it comes from (for errors). */
export interface CardText {
  text: string;
  path: readonly PropertyKey[];
}

/** One value of a statistic series, oldest first. */
export interface TrendPoint {
  /** Short date of the value, e.g. "Jan 2030". */
  label: string;
  value: number;
  /** The value as printed, e.g. "1,265". */
  text: string;
  /** True for the value this card is about. */
  current: boolean;
}

interface CardBase {
  /** Unique within the document; used in file names. */
  id: string;
  /** Id of the document the card comes from. */
  document: string;
  /** Language of the card's text and alt text. */
  locale: Locale;
  /** Small line above the main text: a section heading or a fixed word. */
  kicker: CardText;
}

/** A number with its measure, source and date; a trend chart when the series has several values. */
export interface StatisticCard extends CardBase {
  template: "statistic";
  value: CardText;
  measure: CardText;
  source: CardText;
  asOf: CardText;
  trend?: TrendPoint[];
}

/** An upcoming date. */
export interface EventCard extends CardBase {
  template: "event";
  date: CardText;
  /** Time of day with its zone, or "every year" for a commemoration. */
  detail?: CardText;
  title: CardText;
  place?: CardText;
}

/** Something to do: the kicker holds the verb. */
export interface ActionCard extends CardBase {
  template: "action";
  title: CardText;
  via?: CardText;
  deadline?: CardText;
}

/** A quotation or testimony with its attribution. */
export interface QuoteCard extends CardBase {
  template: "quote";
  text: CardText;
  attribution?: CardText;
  source?: CardText;
}

/** A document's title: news items, press releases, statements, appeals. */
export interface HeadlineCard extends CardBase {
  template: "headline";
  title: CardText;
  meta?: CardText;
}

/** A brief's cover: month, title and up to three highlights. */
export interface CoverCard extends CardBase {
  template: "cover";
  month: CardText;
  title: CardText;
  tagline?: CardText;
  highlights: CardText[];
}

/** A share image's content. Plain data: `renderSvg`/`renderPng` draw it. */
export type Card = StatisticCard | EventCard | ActionCard | QuoteCard | HeadlineCard | CoverCard;
export type Template = Card["template"];
export const TEMPLATES: readonly Template[] = ["statistic", "event", "action", "quote", "headline", "cover"];
