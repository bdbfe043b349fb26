export {
  type Adapter,
  type AdapterWarning,
  ARTIFACT_KINDS,
  ARTIFACT_ROLES,
  type Artifact,
  type ArtifactCache,
  type ArtifactInfo,
  type ArtifactKind,
  type ArtifactRole,
  collectedEntries,
  collectFrom,
  defineAdapter,
  type RenderContext,
} from "./adapter.js";
export { FieldError } from "./field-error.js";
export { formatAnniversary } from "./format/anniversary.js";
export { type CalendarLinks, calendarLinks, zonedToUtc } from "./format/calendar-links.js";
export { type DateStyle, formatAsOf, formatDate } from "./format/date.js";
export { formatNumber, formatStatistic, intlLocale, type StatisticPhrase } from "./format/number.js";
export { type CountUnit, shorten } from "./format/shorten.js";
export { slugify } from "./format/slug.js";
export { formatTime } from "./format/time.js";
export { documentJsonSchema } from "./json-schema.js";
export { type CollectionMember, checkCollection } from "./load/check-collection.js";
export { type Finding, lintDocument } from "./load/lint.js";
export { type LoadOptions, type LoadResult, loadDocument } from "./load/load-document.js";
export { LANGUAGE_NAMES, MESSAGES, type Messages, messages } from "./messages.js";
export { isPastDeadline, isStaleStatistic } from "./model/expiry.js";
export { type MarkdownField, markdownFields, titleFields } from "./model/markdown-fields.js";
export { isEmptySection, SECTION_PARTS } from "./model/sections.js";
export { DEFAULT_DURATION_MINUTES, type Timing, timingOf, type WallTime } from "./model/timing.js";
export { addDays, isUpcoming, type Occurrence, occurrenceOf, upcomingEvents } from "./model/upcoming.js";
export { formatPath, formatProblem, type Problem, sortProblems } from "./problem.js";
export type { ResolveOptions } from "./resolve/context.js";
export { documentPath, resolve } from "./resolve/resolve.js";
export { citationOf, sourcePhrase } from "./resolve/sources.js";
export type {
  BlockBase,
  DateText,
  FieldPath,
  Phrase,
  ResolvedAction,
  ResolvedAddress,
  ResolvedBlock,
  ResolvedDocument,
  ResolvedEvent,
  ResolvedItem,
  ResolvedLetter,
  ResolvedLink,
  ResolvedQuote,
  ResolvedRecommendation,
  ResolvedReport,
  ResolvedSection,
  ResolvedSource,
  ResolvedStatistic,
} from "./resolve/types.js";
export { emitUrl, toUri } from "./resolve/urls.js";
export { escapeHtml } from "./rich/escape.js";
export { type ParsedText, parseMarkdown, type TextProblem } from "./rich/parse.js";
export { type ParsedTitle, parseTitle, type TitleText, titleToHtml, titleWords } from "./rich/title.js";
export { type HtmlElement, type HtmlTarget, inlineToHtml, langAttributes, toHtml } from "./rich/to-html.js";
export { inlineToText, linksOf, oneLine, sameAddress, type TextTarget, toText } from "./rich/to-text.js";
export type {
  Block,
  Blockquote,
  Break,
  Code,
  CodeBlock,
  Delete,
  Emphasis,
  Inline,
  Link as LinkNode,
  List,
  Paragraph,
  RichText,
  Rule,
  Span,
  Strong,
  Table,
  Text,
} from "./rich/types.js";
export { ACTION_KINDS, ActionKind, CallToAction, LocalizedText } from "./schema/action.js";
export {
  type AddressPart,
  LETTER_KINDS,
  POSTAL_COUNTRIES,
  POSTAL_FORMATS,
  PostalAddress,
  PostalCountry,
  type PostalFormat,
} from "./schema/address.js";
export {
  Appeal,
  Brief,
  DOCUMENT_KINDS,
  Document,
  type DocumentInput,
  type DocumentKind,
  KIND_PATHS,
  NewsItem,
  PressRelease,
  Statement,
} from "./schema/document.js";
export { Event } from "./schema/event.js";
export { checkLink, isPlaceholderUrl, isSitePath, type LinkProblem, urlProblem } from "./schema/links.js";
export {
  Id,
  IsoDate,
  IsoMonth,
  LIMITS,
  LOCALES,
  Locale,
  Markdown,
  PlainText,
  TimeOfDay,
  TimeZone,
  Title,
  Url,
} from "./schema/primitives.js";
export { Attribution, Quote, Recommendation } from "./schema/quote.js";
export { Attendance, Image, Report } from "./schema/report.js";
export { Item, Section } from "./schema/section.js";
export { Link, Source } from "./schema/source.js";
export { QUALIFIERS, Qualifier, Statistic } from "./schema/statistic.js";
export { EXAMPLE_BASE_URL, Site, type SiteInput } from "./site.js";
export { cleanText } from "./text/clean.js";
export { type CleanedField, cleanDocument } from "./text/clean-document.js";
export { closestName } from "./text/closest-name.js";
