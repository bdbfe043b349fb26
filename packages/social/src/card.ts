import type { FieldPath, Locale } from "@belarusbrief/core";

/** A text a card shows, as the resolved document words it, with the path of the field it comes from (for errors). */
export interface CardText {
  text: string;
  path: FieldPath;
}

/** One value of a statistic series, oldest first. */
export interface TrendPoint {
  /** Short date of the value, e.g. "Jan 31, 2030". */
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
  /** Field path of the block the card shows; empty for the document's cover or headline. */
  path: FieldPath;
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

/** An upcoming occurrence of an event. */
export interface EventCard extends CardBase {
  template: "event";
  /** The occurrence's dates, e.g. "March 25, 2030". */
  date: CardText;
  /** Time of day with its zone and the recurrence: "2:00 – 4:00 PM CT", "every year". */
  detail?: CardText;
  title: CardText;
  place?: CardText;
}

/** Something to do, not yet past its deadline: the kicker holds the verb. */
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
