import type { CalendarLinks } from "../format/calendar-links.js";
import type { Messages } from "../messages.js";
import type { Timing } from "../model/timing.js";
import type { TitleText } from "../rich/title.js";
import type { Inline, RichText } from "../rich/types.js";
import type { ActionKind } from "../schema/action.js";
import type { PostalCountry } from "../schema/address.js";
import type { Document, DocumentKind } from "../schema/document.js";
import type { Event } from "../schema/event.js";
import type { Locale } from "../schema/primitives.js";
import type { Qualifier } from "../schema/statistic.js";

/** A field path in the document, e.g. `["sections", 1, "items", 0]`, for locating problems. */
export type FieldPath = readonly (string | number)[];

/** A date as data and as words: `{ iso: "2021-03-25", text: "March 25, 2021" }`. */
export interface DateText {
  iso: string;
  text: string;
}

/** Where a claim comes from, with an address that may be emitted as it is. */
export interface ResolvedSource {
  name: string;
  /** Absolute `https:`, `http:` or `mailto:` address; absent when the document has none or a placeholder. */
  url?: string;
  /** A note for readers, e.g. "in Russian only". */
  note?: string;
  /** Language of the linked page. */
  locale?: Locale;
}

/**
 * A phrase an output prints as it is, with links where the document gives addresses: a citation
 * ("via Spring96 — in Russian only"), an author. Inline rich text, serialised like any other.
 */
export type Phrase = Inline[];

/** What every block has: where it is in the document and what language it is written in. */
export interface BlockBase {
  path: FieldPath;
  /** Language of the block's text. */
  locale: Locale;
  /** The block's language when it differs from the text around it; outputs mark it (`lang`). */
  lang?: Locale;
}

/** A quotation or testimony. */
export interface ResolvedQuote extends BlockBase {
  text: RichText;
  /** Who said it: "Anonymous, a nurse who had to flee Belarus". */
  attribution?: string;
  /** The speaker's name, unless they are anonymous. */
  name?: string;
  anonymous: boolean;
  source?: ResolvedSource;
  /** "via Spring96". */
  citation?: Phrase;
}

/** One entry of a section. */
export interface ResolvedItem extends BlockBase {
  id?: string;
  /** The bold lead-in. */
  lead?: string;
  /** The lead-in with its language spans, for HTML. */
  richLead?: TitleText;
  body?: RichText;
  date?: DateText;
  sources: ResolvedSource[];
  /** "via State.gov, Spring96 — in Russian only". */
  citation?: Phrase;
  quote?: ResolvedQuote;
  tags: string[];
}

/** A statistic with every phrase an output prints. */
export interface ResolvedStatistic extends BlockBase {
  id?: string;
  series?: string;
  value: number;
  qualifier: Qualifier;
  unit?: string;
  /** The number alone, grouped for the language: "35,000", "35 000". */
  number: string;
  /** With qualifier and unit: "over 35,000", «больш за 35 000». */
  phrase: string;
  measure: string;
  /** "over 35,000 protesters detained since August 2020". */
  text: string;
  /** When the number was true (the document's date unless given), and "as of February 28, 2021". */
  asOf: DateText & { phrase: string };
  source?: ResolvedSource;
  /** "via Spring96 — in Russian only". */
  citation?: Phrase;
}

/** An event at the occurrence the document means. */
export interface ResolvedEvent extends BlockBase {
  id: string;
  title: string;
  /** The title with its language spans, for HTML ({@link TitleText}); `title` is its words. */
  richTitle: TitleText;
  /**
   * The occurrence shown: the event's own date, or for a yearly event its first anniversary on or
   * after the document's date.
   */
  date: string;
  endDate?: string;
  /** Whether the occurrence is on or after the document's date. */
  upcoming: boolean;
  yearly: boolean;
  /** "March 25, 2022", "March 1, 2022 – March 3, 2022". */
  dates: string;
  /** "2:00 – 4:00 PM CT", "14:00 Чикаго"; absent for all-day events. */
  time?: string;
  /** Start and end of a timed occurrence on its zone's clock (an event without an end time lasts an hour). */
  timing?: Timing;
  /** "every year" for a yearly event. */
  recurrence?: string;
  /** Which anniversary the occurrence shown is, for a yearly event with `since`: "104th anniversary". */
  anniversary?: string;
  /** Everything about when, in one line: "March 25, 2022 · every year · 104th anniversary". */
  when: string;
  location?: string;
  /** Address for joining online, and the word for it ("Online"). */
  online?: string;
  onlineLabel: string;
  /** Address with more about the event. */
  url?: string;
  description?: RichText;
  source?: ResolvedSource;
  citation?: Phrase;
  /** "Add to calendar" addresses, for upcoming occurrences only. */
  calendar?: CalendarLinks;
  /** The event as written, for calendars (time zone, recurrence). */
  event: Event;
}

/** A call to action. */
export interface ResolvedAction extends BlockBase {
  id?: string;
  kind: ActionKind;
  /** The kind as a verb for a button: "Sign", "Donate". */
  verb: string;
  title: string;
  /** The title with its language spans, for HTML ({@link TitleText}); `title` is its words. */
  richTitle: TitleText;
  body?: RichText;
  url?: string;
  via?: ResolvedSource;
  /** "via Pisma v kletochku". */
  citation?: Phrase;
  /** The deadline and "Deadline: March 3, 2021". */
  deadline?: DateText & { phrase: string };
  recipients: string[];
  /** The word before the recipients: "To". */
  recipientsLabel: string;
  letters: ResolvedLetter[];
  /** Where to post the letter: one envelope per address. */
  addresses: ResolvedAddress[];
}

/**
 * A postal address as its envelope shows it. Outputs print `lines` one per line, in this order,
 * marked with the address's language, and nothing else of it.
 */
export interface ResolvedAddress extends BlockBase {
  /** "Address", in the language of the action around it. */
  label: string;
  country: PostalCountry;
  /** The envelope's lines, top to bottom, in the order the country's post reads them. */
  lines: string[];
}

/** One language version of a letter or petition text. */
export interface ResolvedLetter extends BlockBase {
  /** "Letter text", in the letter's language. */
  label: string;
  text: RichText;
}

/** A report of a rally or activity in one place. */
export interface ResolvedReport extends BlockBase {
  id?: string;
  city: string;
  region?: string;
  country?: string;
  /** "Boston, MA, USA". */
  place: string;
  date?: DateText;
  /** The count and "Attendance: over 60". */
  attendance?: { value: number; qualifier: Qualifier; number: string; phrase: string };
  summary: RichText;
  /** Photos, with the address to load each from when the site gives `assetBaseUrl` (else none is loaded). */
  images: { src: string; alt?: string; url?: string }[];
  sources: ResolvedSource[];
  citation?: Phrase;
}

/** Demands or recommendations to one addressee. */
export interface ResolvedRecommendation extends BlockBase {
  addressee: string;
  /** Whether the intro already names the addressee ("The international community should:"), so it need not be printed twice. */
  addresseeInIntro: boolean;
  intro?: RichText;
  items: RichText[];
}

/** A titled link. */
export interface ResolvedLink extends BlockBase {
  title: string;
  /** The title with its language spans, for HTML ({@link TitleText}); `title` is its words. */
  richTitle: TitleText;
  url?: string;
  /** Publisher of the linked page. */
  source?: string;
}

/** A section, its parts in reading order. */
export interface ResolvedSection extends BlockBase {
  id?: string;
  heading?: string;
  /** The heading with its language spans, for HTML. */
  richHeading?: TitleText;
  /** Level of the section's heading (2), and of the headings inside it (3, or 2 when it has none). */
  level: number;
  innerLevel: number;
  intro?: RichText;
  statistics: ResolvedStatistic[];
  items: ResolvedItem[];
  /** Upcoming occurrences first (soonest first), then past ones. */
  events: ResolvedEvent[];
  actions: ResolvedAction[];
  reports: ResolvedReport[];
  recommendations: ResolvedRecommendation[];
  links: ResolvedLink[];
}

/** A block of the document's body, in reading order. */
export type ResolvedBlock =
  | { type: "lead"; quote: ResolvedQuote }
  | { type: "text"; path: FieldPath; text: RichText }
  | { type: "source"; path: FieldPath; label: string; source: ResolvedSource; citation: Phrase }
  | { type: "section"; section: ResolvedSection }
  | { type: "links"; path: FieldPath; heading: string; level: number; links: ResolvedLink[] };

/**
 * A document as every output shows it: each fact decided once. Built by `resolve`; outputs read
 * it and never the raw document for anything they print.
 */
export interface ResolvedDocument {
  /** The validated document with its text cleaned. */
  document: Document;
  kind: DocumentKind;
  id: string;
  locale: Locale;
  dir: "ltr" | "rtl";
  /** The fixed words in the document's language. */
  words: Messages;
  /** Address of the document's page. */
  url: string;
  /** Id of the document this one translates: its language versions share this key, or its own id. */
  translationOf?: string;
  /** The title's words, for every text output and for `<title>`: language spans written as their words. */
  title: string;
  /** The title with its language spans, for HTML ({@link TitleText}); `title` is its words. */
  richTitle: TitleText;
  /** "Monthly brief", "Press release". */
  kindLabel: string;
  date: DateText;
  /** A brief's month: `{ iso: "2021-02", text: "February 2021" }`. */
  period?: DateText;
  tagline?: string;
  /** The tagline with its language spans, for HTML. */
  richTagline?: TitleText;
  dateline?: string;
  summary?: string;
  /** One line for previews: the summary, else the tagline, else the start of the intro or body. */
  description: string;
  author?: ResolvedSource;
  /** "via Amnesty International": who publishes it, when not the team. */
  authorCitation?: Phrase;
  tags: string[];
  lead?: ResolvedQuote;
  intro?: RichText;
  /** A news item's text. */
  body?: RichText;
  /** A news item's source. */
  source?: ResolvedSource;
  sections: ResolvedSection[];
  /** Further reading of the whole document. */
  links: ResolvedLink[];
  /** The body in reading order: lead, intro, body and source, sections, further reading. */
  blocks: ResolvedBlock[];
  /** Every statistic, item, event, action, report and quote, in reading order. */
  all: {
    statistics: ResolvedStatistic[];
    items: ResolvedItem[];
    events: ResolvedEvent[];
    actions: ResolvedAction[];
    reports: ResolvedReport[];
    quotes: ResolvedQuote[];
  };
}
