import { formatAnniversary } from "../format/anniversary.js";
import { calendarLinks } from "../format/calendar-links.js";
import { formatAsOf, formatDate } from "../format/date.js";
import { formatStatistic } from "../format/number.js";
import { formatTime } from "../format/time.js";
import { messages } from "../messages.js";
import { isPastDeadline } from "../model/expiry.js";
import { timingOf } from "../model/timing.js";
import { isUpcoming, occurrenceOf } from "../model/upcoming.js";
import type { TitleText } from "../rich/title.js";
import { oneLine } from "../rich/to-text.js";
import type { CallToAction } from "../schema/action.js";
import type { Event } from "../schema/event.js";
import type { Locale } from "../schema/primitives.js";
import type { Quote, Recommendation } from "../schema/quote.js";
import type { Report } from "../schema/report.js";
import type { Item, Section } from "../schema/section.js";
import type { Link } from "../schema/source.js";
import type { Statistic } from "../schema/statistic.js";
import { resolveAddress } from "./address.js";
import { type Context, langOf, titleOf } from "./context.js";
import { citationOf, resolveSource } from "./sources.js";
import type {
  FieldPath,
  ResolvedAction,
  ResolvedEvent,
  ResolvedItem,
  ResolvedLink,
  ResolvedQuote,
  ResolvedRecommendation,
  ResolvedReport,
  ResolvedSection,
  ResolvedStatistic,
} from "./types.js";
import { assetUrl, emitUrl } from "./urls.js";

/** A section and everything in it; `around` is the document's language. */
export function resolveSection(ctx: Context, section: Section, path: FieldPath, around: Locale): ResolvedSection {
  const locale = section.locale ?? around;
  const at = (key: string, i: number) => [...path, key, i];
  const events = (section.events ?? []).map((e, i) => resolveEvent(ctx, e, at("events", i), locale));
  const heading = section.heading ? titleOf(section.heading) : undefined;
  return {
    path,
    locale,
    ...langOf(locale, around),
    ...(section.id ? { id: section.id } : {}),
    ...(heading ? { heading: heading.words, richHeading: heading.rich } : {}),
    level: 2,
    innerLevel: section.heading ? 3 : 2,
    ...(section.intro ? { intro: ctx.rich([...path, "intro"], section.intro) } : {}),
    statistics: (section.statistics ?? []).map((s, i) => resolveStatistic(ctx, s, at("statistics", i), locale)),
    items: (section.items ?? []).map((item, i) => resolveItem(ctx, item, at("items", i), locale)),
    events: [...events.filter((e) => e.upcoming).sort(soonest), ...events.filter((e) => !e.upcoming).sort(soonest)],
    // A call to action past its deadline goes out nowhere; the validator says so (past-deadline).
    actions: (section.actions ?? []).flatMap((a, i) =>
      isPastDeadline(a, ctx.doc.date) ? [] : [resolveAction(ctx, a, at("actions", i), locale)],
    ),
    reports: (section.reports ?? []).map((r, i) => resolveReport(ctx, r, at("reports", i), locale)),
    recommendations: (section.recommendations ?? []).map((r, i) =>
      resolveRecommendation(ctx, r, at("recommendations", i), locale),
    ),
    links: (section.links ?? []).map((l, i) => resolveLink(ctx, l, at("links", i), locale)),
  };
}

export function resolveStatistic(ctx: Context, stat: Statistic, path: FieldPath, around: Locale): ResolvedStatistic {
  const locale = stat.locale ?? around;
  const phrase = formatStatistic(stat, locale);
  const asOf = stat.asOf ?? ctx.doc.date;
  const source = stat.source ? resolveSource(ctx, stat.source) : undefined;
  const citation = source ? citationOf(messages(locale).via, [source]) : undefined;
  return {
    path,
    locale,
    ...langOf(locale, around),
    ...(stat.id ? { id: stat.id } : {}),
    ...(stat.series ? { series: stat.series } : {}),
    value: stat.value,
    qualifier: stat.qualifier,
    ...(stat.unit ? { unit: stat.unit } : {}),
    number: phrase.number,
    phrase: phrase.value,
    measure: stat.measure,
    text: phrase.text,
    asOf: { iso: asOf, text: formatDate(asOf, locale), phrase: formatAsOf(asOf, locale) },
    ...(source ? { source } : {}),
    ...(citation ? { citation } : {}),
  };
}

export function resolveItem(ctx: Context, item: Item, path: FieldPath, around: Locale): ResolvedItem {
  const locale = item.locale ?? around;
  const sources = (item.sources ?? []).map((s) => resolveSource(ctx, s));
  const citation = citationOf(messages(locale).via, sources);
  const lead = item.lead ? titleOf(item.lead) : undefined;
  return {
    path,
    locale,
    ...langOf(locale, around),
    ...(item.id ? { id: item.id } : {}),
    ...(lead ? { lead: lead.words, richLead: lead.rich } : {}),
    ...(item.body ? { body: ctx.rich([...path, "body"], item.body) } : {}),
    ...(item.date ? { date: { iso: item.date, text: formatDate(item.date, locale) } } : {}),
    sources,
    ...(citation ? { citation } : {}),
    ...(item.quote ? { quote: resolveQuote(ctx, item.quote, [...path, "quote"], locale) } : {}),
    tags: [...new Set(item.tags ?? [])],
  };
}

export function resolveQuote(ctx: Context, quote: Quote, path: FieldPath, around: Locale): ResolvedQuote {
  const locale = quote.locale ?? around;
  const a = quote.attribution;
  const who = a ? [a.anonymous ? messages(locale).anonymous : a.name, a.description].filter(Boolean).join(", ") : "";
  const source = quote.source ? resolveSource(ctx, quote.source) : undefined;
  const citation = source ? citationOf(messages(locale).via, [source]) : undefined;
  return {
    path,
    locale,
    ...langOf(locale, around),
    text: ctx.rich([...path, "text"], quote.text),
    ...(who ? { attribution: who } : {}),
    ...(a?.name && !a.anonymous ? { name: a.name } : {}),
    anonymous: a?.anonymous ?? false,
    ...(source ? { source } : {}),
    ...(citation ? { citation } : {}),
  };
}

export function resolveEvent(ctx: Context, event: Event, path: FieldPath, around: Locale): ResolvedEvent {
  const locale = event.locale ?? around;
  const words = messages(locale);
  const occurrence = occurrenceOf(event, ctx.doc.date);
  const upcoming = isUpcoming(occurrence, ctx.doc.date);
  const { date, endDate } = occurrence;
  const dates =
    endDate && endDate !== date
      ? `${formatDate(date, locale)} – ${formatDate(endDate, locale)}`
      : formatDate(date, locale);
  const time =
    event.time && event.timeZone
      ? formatTime({ date, time: event.time, endTime: event.endTime, endDate, timeZone: event.timeZone }, locale)
      : undefined;
  const timing = timingOf(occurrence);
  const yearly = event.recurs === "yearly";
  const recurrence = yearly ? words.everyYear : undefined;
  const anniversary =
    yearly && event.since !== undefined ? formatAnniversary(event.since, Number(date.slice(0, 4)), locale) : undefined;
  const source = event.source ? resolveSource(ctx, event.source) : undefined;
  const citation = source ? citationOf(words.via, [source]) : undefined;
  const online = emitUrl(event.online, ctx.pagesUrl);
  const url = emitUrl(event.url, ctx.pagesUrl);
  const description = event.description ? ctx.rich([...path, "description"], event.description) : undefined;
  return {
    path,
    locale,
    ...langOf(locale, around),
    id: event.id,
    ...titled(event.title),
    date,
    ...(endDate && endDate !== date ? { endDate } : {}),
    upcoming,
    yearly,
    dates,
    ...(time ? { time } : {}),
    ...(timing ? { timing } : {}),
    ...(recurrence ? { recurrence } : {}),
    ...(anniversary ? { anniversary } : {}),
    when: [time ? `${dates}, ${time}` : dates, recurrence, anniversary].filter(Boolean).join(" · "),
    ...(event.location ? { location: event.location } : {}),
    ...(online ? { online } : {}),
    onlineLabel: words.online,
    ...(url ? { url } : {}),
    ...(description ? { description } : {}),
    ...(source ? { source } : {}),
    ...(citation ? { citation } : {}),
    ...(upcoming ? { calendar: calendarLinks(occurrence, description ? oneLine(description) : undefined) } : {}),
    event,
  };
}

export function resolveAction(ctx: Context, action: CallToAction, path: FieldPath, around: Locale): ResolvedAction {
  const locale = action.locale ?? around;
  const words = messages(locale);
  const via = action.via ? resolveSource(ctx, action.via) : undefined;
  const citation = via ? citationOf(words.via, [via]) : undefined;
  const url = emitUrl(action.url, ctx.pagesUrl);
  const deadline = action.deadline;
  return {
    path,
    locale,
    ...langOf(locale, around),
    ...(action.id ? { id: action.id } : {}),
    kind: action.kind,
    verb: words.action[action.kind],
    ...titled(action.title),
    ...(action.body ? { body: ctx.rich([...path, "body"], action.body) } : {}),
    ...(url ? { url } : {}),
    ...(via ? { via } : {}),
    ...(citation ? { citation } : {}),
    ...(deadline
      ? {
          deadline: {
            iso: deadline,
            text: formatDate(deadline, locale),
            phrase: words.deadline.replace("{date}", formatDate(deadline, locale)),
          },
        }
      : {}),
    recipients: action.recipients ?? [],
    recipientsLabel: words.recipients,
    letters: (action.letter ?? []).map((letter, i) => ({
      path: [...path, "letter", i],
      locale: letter.locale,
      ...langOf(letter.locale, locale),
      label: messages(letter.locale).letterText,
      text: ctx.rich([...path, "letter", i, "text"], letter.text),
    })),
    addresses: (action.addresses ?? []).map((address, i) => resolveAddress(address, [...path, "addresses", i], locale)),
  };
}

export function resolveReport(ctx: Context, report: Report, path: FieldPath, around: Locale): ResolvedReport {
  const locale = report.locale ?? around;
  const words = messages(locale);
  const sources = (report.sources ?? []).map((s) => resolveSource(ctx, s));
  const citation = citationOf(words.via, sources);
  const a = report.attendance;
  const count = a ? formatStatistic({ value: a.value, qualifier: a.qualifier, measure: "" }, locale).value : "";
  return {
    path,
    locale,
    ...langOf(locale, around),
    ...(report.id ? { id: report.id } : {}),
    city: report.city,
    ...(report.region ? { region: report.region } : {}),
    ...(report.country ? { country: report.country } : {}),
    place: [report.city, report.region, report.country].filter(Boolean).join(", "),
    ...(report.date ? { date: { iso: report.date, text: formatDate(report.date, locale) } } : {}),
    ...(a
      ? {
          attendance: {
            value: a.value,
            qualifier: a.qualifier,
            number: count,
            phrase: words.attendance.replace("{n}", count),
          },
        }
      : {}),
    summary: ctx.rich([...path, "summary"], report.summary),
    images: (report.images ?? []).map((image) => {
      const url = assetUrl(image.src, ctx.options.assetBaseUrl);
      return { src: image.src, ...(image.alt ? { alt: image.alt } : {}), ...(url ? { url } : {}) };
    }),
    sources,
    ...(citation ? { citation } : {}),
  };
}

export function resolveRecommendation(
  ctx: Context,
  rec: Recommendation,
  path: FieldPath,
  around: Locale,
): ResolvedRecommendation {
  const locale = rec.locale ?? around;
  const intro = rec.intro ? ctx.rich([...path, "intro"], rec.intro) : undefined;
  const named =
    intro !== undefined && oneLine(intro).toLocaleLowerCase(locale).includes(rec.addressee.toLocaleLowerCase(locale));
  return {
    path,
    locale,
    ...langOf(locale, around),
    addressee: rec.addressee,
    addresseeInIntro: named,
    ...(intro ? { intro } : {}),
    items: rec.items.map((item, i) => ctx.rich([...path, "items", i], item)),
  };
}

export function resolveLink(ctx: Context, link: Link, path: FieldPath, around: Locale): ResolvedLink {
  const locale = link.locale ?? around;
  const url = emitUrl(link.url, ctx.pagesUrl);
  return {
    path,
    locale,
    ...langOf(locale, around),
    ...titled(link.title),
    ...(url ? { url } : {}),
    ...(link.source ? { source: link.source } : {}),
  };
}

// `title` as its words and `richTitle`, for the blocks whose title field is `title`.
function titled(text: string): { title: string; richTitle: TitleText } {
  const { words, rich } = titleOf(text);
  return { title: words, richTitle: rich };
}

function soonest(a: ResolvedEvent, b: ResolvedEvent): number {
  return a.date.localeCompare(b.date) || a.id.localeCompare(b.id);
}
