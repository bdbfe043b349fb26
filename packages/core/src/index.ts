export { FieldError } from "./field-error.js";
export { type CalendarLinks, calendarLinks, zonedToUtc } from "./format/calendar-links.js";
export { type DateStyle, formatAsOf, formatDate } from "./format/date.js";
export { formatNumber, formatStatistic, intlLocale, type StatisticPhrase } from "./format/number.js";
export { slugify } from "./format/slug.js";
export { documentJsonSchema } from "./json-schema.js";
export { checkCollection } from "./load/check-collection.js";
export { type Finding, lintDocument } from "./load/lint.js";
export { type LoadOptions, type LoadResult, loadDocument } from "./load/load-document.js";
export { LANGUAGE_NAMES, MESSAGES, type Messages, messages } from "./messages.js";
export { type Contents, collect, type Found, localeOf } from "./model/collect.js";
export { addDays, type Occurrence, upcomingEvents } from "./model/upcoming.js";
export { formatPath, formatProblem, type Problem, sortProblems } from "./problem.js";
export { ARTIFACT_KINDS, type ArtifactKind, type Render } from "./render.js";
export { ACTION_KINDS, ActionKind, CallToAction, LocalizedText } from "./schema/action.js";
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
export {
  Id,
  IsoDate,
  IsoMonth,
  isPlaceholderUrl,
  LIMITS,
  LOCALES,
  Locale,
  Markdown,
  PlainText,
  TimeOfDay,
  TimeZone,
  Url,
  urlProblem,
} from "./schema/primitives.js";
export { Attribution, Quote, Recommendation } from "./schema/quote.js";
export { Attendance, Image, Report } from "./schema/report.js";
export { Item, Section } from "./schema/section.js";
export { Link, Source } from "./schema/source.js";
export { QUALIFIERS, Qualifier, Statistic } from "./schema/statistic.js";
