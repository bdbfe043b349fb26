import {
  type CallToAction,
  type Event,
  formatDate,
  formatStatistic,
  isPlaceholderUrl,
  type Link,
  type Locale,
  messages,
  type Quote,
  type Recommendation,
  type Report,
  type Source,
  type Statistic,
} from "@belarusbrief/core";
import { escapeXml as esc } from "./clean.js";
import { markdownToHtml as md } from "./markdown.js";

/** A statistic as one list item: "**over 35,000** protesters detained (as of …, via Viasna)". */
export function statisticHtml(stat: Statistic, locale: Locale): string {
  const phrase = formatStatistic(stat, locale);
  const m = messages(locale);
  const notes = [
    stat.asOf ? esc(m.asOf.replace("{date}", formatDate(stat.asOf, locale))) : "",
    via(stat.source, locale),
  ];
  return `<li${lang(stat.locale)}><strong>${esc(phrase.value)}</strong> ${esc(stat.measure)}${paren(notes)}</li>`;
}

/** An event as one list item with its date, time, place and description. */
export function eventHtml(event: Event, locale: Locale): string {
  const m = messages(locale);
  const when = [formatDate(event.date, locale), event.endDate ? `– ${formatDate(event.endDate, locale)}` : ""];
  const time = event.time ? `${event.time}${event.endTime ? `–${event.endTime}` : ""} (${event.timeZone})` : "";
  const where = [event.location ? esc(event.location) : "", event.online ? anchor(event.online, m.online) : ""];
  const parts = [
    `<strong>${esc(when.filter(Boolean).join(" "))}</strong>${event.recurs ? ` (${esc(m.everyYear)})` : ""}: `,
    event.url ? anchor(event.url, event.title) : esc(event.title),
    time ? `, ${esc(time)}` : "",
    where.some(Boolean) ? ` — ${where.filter(Boolean).join(", ")}` : "",
  ];
  const description = event.description ? md(event.description) : "";
  return `<li${lang(event.locale)}>${parts.join("")}${via(event.source, locale, " ")}${description}</li>`;
}

/** A call to action: its title (linked), body, organisation, deadline, recipients and letter texts. */
export function actionHtml(action: CallToAction, locale: Locale): string {
  const m = messages(locale);
  const title = action.url ? anchor(action.url, action.title) : esc(action.title);
  const out = [`<h4>${esc(m.action[action.kind])}: ${title}</h4>`];
  if (action.body) out.push(md(action.body));
  const facts = [
    action.via ? `${esc(m.via)} ${sourceHtml(action.via)}` : "",
    action.deadline ? esc(m.deadline.replace("{date}", formatDate(action.deadline, locale))) : "",
    action.recipients?.length ? `${esc(m.recipients)}: ${action.recipients.map(esc).join(", ")}` : "",
  ].filter(Boolean);
  if (facts.length) out.push(`<p>${facts.join("<br>")}</p>`);
  for (const letter of action.letter ?? [])
    out.push(`<blockquote lang="${letter.locale}">${md(letter.text)}</blockquote>`);
  return `<div${lang(action.locale)}>${out.join("\n")}</div>`;
}

/** A rally report: place, date, attendance, summary and sources. */
export function reportHtml(report: Report, locale: Locale): string {
  const place = [report.city, report.region, report.country].filter(Boolean).join(", ");
  const facts = [
    report.date ? formatDate(report.date, locale) : "",
    report.attendance ? attendance(report, locale) : "",
  ];
  const heading = `<h4>${esc(place)}${facts.some(Boolean) ? ` (${esc(facts.filter(Boolean).join(", "))})` : ""}</h4>`;
  const sources = (report.sources ?? []).map((s) => via(s, locale)).join(" ");
  return `<div${lang(report.locale)}>${heading}\n${md(report.summary)}${sources ? `<p>${sources}</p>` : ""}</div>`;
}

/** A quotation or testimony with its attribution and source. */
export function quoteHtml(quote: Quote, locale: Locale): string {
  const m = messages(locale);
  const a = quote.attribution;
  const who = a ? [a.anonymous ? m.anonymous : (a.name ?? ""), a.description ?? ""].filter(Boolean).join(", ") : "";
  const cite = [who ? esc(who) : "", quote.source ? sourceHtml(quote.source) : ""].filter(Boolean).join(" — ");
  return `<blockquote${lang(quote.locale)}>${md(quote.text)}${cite ? `<p>— <cite>${cite}</cite></p>` : ""}</blockquote>`;
}

/** Demands or recommendations to one addressee. */
export function recommendationHtml(rec: Recommendation): string {
  const intro = rec.intro ? md(rec.intro) : `<p><strong>${esc(rec.addressee)}</strong></p>`;
  return `<div${lang(rec.locale)}>${intro}<ul>${rec.items.map((item) => `<li>${md(item)}</li>`).join("\n")}</ul></div>`;
}

/** A titled link, e.g. for further reading. */
export function linkHtml(link: Link): string {
  const publisher = link.source ? ` (${esc(link.source)})` : "";
  return `<li${lang(link.locale)}>${anchor(link.url, link.title, link.locale)}${publisher}</li>`;
}

/** "(via Source — note)" for an item's sources; empty when there are none. */
export function viaList(sources: readonly Source[] | undefined, locale: Locale): string {
  if (!sources?.length) return "";
  return ` (${esc(messages(locale).via)} ${sources.map(sourceHtml).join(", ")})`;
}

/** A link when `url` is a real address, else just the text. */
export function anchor(url: string | undefined, text: string, hreflang?: string): string {
  if (url === undefined || isPlaceholderUrl(url)) return esc(text);
  return `<a href="${esc(url.trim())}"${hreflang ? ` hreflang="${hreflang}"` : ""}>${esc(text)}</a>`;
}

/** A source's name (linked when it has a real address) and its note. */
export function sourceHtml(s: Source): string {
  return `${anchor(s.url, s.name, s.locale)}${s.note ? ` — ${esc(s.note)}` : ""}`;
}

function via(s: Source | undefined, locale: Locale, before = ""): string {
  return s ? `${before}${esc(messages(locale).via)} ${sourceHtml(s)}` : "";
}

function paren(parts: string[]): string {
  const present = parts.filter(Boolean);
  return present.length ? ` (${present.join(", ")})` : "";
}

function attendance(report: Report, locale: Locale): string {
  const a = report.attendance;
  return a ? formatStatistic({ value: a.value, qualifier: a.qualifier, measure: "" }, locale).value : "";
}

function lang(locale: Locale | undefined): string {
  return locale ? ` lang="${locale}"` : "";
}
