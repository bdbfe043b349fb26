import {
  type CallToAction,
  type Document,
  formatAsOf,
  formatDate,
  formatStatistic,
  type Locale,
  type Messages,
  messages,
  type Quote,
  type Report,
  type Section,
  type Source,
  upcomingEvents,
} from "@belarusbrief/core";
import { attendanceLabel } from "../attendance.js";
import { eventWhen } from "../event-when.js";
import { breakTemplates, cleanText } from "../html/escape.js";
import { safeUrl } from "../links.js";
import type { ResolvedEmailOptions } from "../options.js";
import { markdownToPlain } from "./markdown-text.js";
import { References } from "./references.js";
import { wrap } from "./wrap.js";

/** The plain-text part, written from the model: every block in reading order, links as [n] references. */
export function renderText(
  doc: Document,
  options: ResolvedEmailOptions,
  links: { archive: string; unsubscribe: string },
): string {
  const t = new TextWriter(doc, options);
  t.header();
  if ((doc.kind === "brief" || doc.kind === "statement") && doc.lead) t.quote(doc.lead, doc.locale);
  if (doc.intro) t.md(doc.intro);
  if (doc.kind === "news-item") {
    t.md(doc.body);
    if (doc.source) t.para(t.via([doc.source], doc.locale));
  }
  for (const section of doc.sections ?? []) t.section(section);
  if (doc.links?.length) t.links(doc.links, doc.locale);
  // Everything so far comes from the document: cleaned and with template openers broken (see
  // escape.ts). The footer after it carries the sending service's merge tags, which must stay intact.
  const content = breakTemplates(cleanText(t.out.filter((b) => b !== "").join("\n\n")));
  const words = messages(options.locale ?? doc.locale);
  const footer = ["--", `${words.viewInBrowser}: ${links.archive}\n${words.unsubscribe}: ${links.unsubscribe}`];
  // Reference addresses come from safeUrl, which percent-encodes every template delimiter.
  const list = t.refs.list();
  if (list.length) footer.push(list.join("\n"));
  return `${[content, ...footer].join("\n\n")}\n`;
}

class TextWriter {
  readonly out: string[] = [];
  readonly refs = new References();
  constructor(
    readonly doc: Document,
    readonly options: ResolvedEmailOptions,
  ) {}

  para(text: string, prefix = "", hang = prefix): void {
    if (text) this.out.push(wrap(clean(text), prefix, hang));
  }
  md(markdown: string, indent = ""): void {
    this.out.push(markdownToPlain(markdown, this.refs, this.options.baseUrl, indent));
  }
  link(text: string, url: string | undefined): string {
    const href = safeUrl(url, this.options.baseUrl);
    return href ? `${text} [${this.refs.add(href)}]` : text;
  }
  source(s: Source): string {
    const name = this.link(s.name, s.url);
    return s.note ? `${name} — ${s.note}` : name;
  }
  via(sources: readonly Source[] | undefined, locale: Locale): string {
    return sources?.length ? `(${messages(locale).via} ${sources.map((s) => this.source(s)).join(", ")})` : "";
  }

  header(): void {
    const { doc } = this;
    const words = messages(this.options.locale ?? doc.locale);
    const when =
      doc.kind === "brief" ? formatDate(doc.period, doc.locale, "month-year") : formatDate(doc.date, doc.locale);
    const kicker = [words.kind[doc.kind], doc.kind === "press-release" ? doc.dateline : undefined, when].filter(
      Boolean,
    );
    const title = clean(doc.title);
    this.out.push(`${wrap(title)}\n${"=".repeat(Math.min(72, [...title].length))}`);
    if (doc.kind === "brief" && doc.tagline) this.para(doc.tagline);
    this.para(kicker.join(" · "));
    if (doc.author) this.para(this.via([doc.author], doc.locale));
  }

  quote(q: Quote, around: Locale): void {
    const locale = q.locale ?? around;
    this.md(q.text, "> ");
    const a = q.attribution;
    const who = a
      ? `— ${[a.anonymous ? messages(locale).anonymous : a.name, a.description].filter(Boolean).join(", ")}`
      : "";
    this.para([who, this.via(q.source ? [q.source] : undefined, locale)].filter(Boolean).join(" "), "> ");
  }

  section(section: Section): void {
    const locale = section.locale ?? this.doc.locale;
    if (section.heading) {
      const heading = clean(section.heading);
      this.out.push(`${wrap(heading)}\n${"-".repeat(Math.min(72, [...heading].length))}`);
    } else {
      this.out.push("* * *");
    }
    if (section.intro) this.md(section.intro);
    for (const stat of section.statistics ?? []) {
      const l = stat.locale ?? locale;
      const phrase = formatStatistic(stat, l);
      const source = stat.source ? `, ${messages(l).source}: ${this.source(stat.source)}` : "";
      this.para(
        `${phrase.value} — ${stat.measure} (${formatAsOf(stat.asOf ?? this.doc.date, l)}${source})`,
        "* ",
        "  ",
      );
    }
    for (const item of section.items ?? []) {
      const l = item.locale ?? locale;
      const body = item.body ? markdownToPlain(item.body, this.refs, this.options.baseUrl, "  ") : "";
      const lead = item.lead ? clean(item.lead) : "";
      const [first = "", ...rest] = body.split("\n\n");
      const meta = [item.date ? formatDate(item.date, l) : "", this.via(item.sources, l)].filter(Boolean).join(" · ");
      this.out.push([wrap(`${lead} ${first}`.trim(), "* ", "  "), ...rest].join("\n\n"));
      if (meta) this.para(meta, "  ");
      if (item.quote) this.quote(item.quote, l);
    }
    this.events(section, locale);
    for (const action of section.actions ?? []) this.action(action, action.locale ?? locale);
    for (const report of section.reports ?? []) this.report(report, report.locale ?? locale);
    for (const rec of section.recommendations ?? []) {
      this.para(rec.addressee);
      if (rec.intro) this.md(rec.intro);
      for (const item of rec.items) this.out.push(bullet(markdownToPlain(item, this.refs, this.options.baseUrl, "  ")));
    }
    if (section.links?.length) this.links(section.links, locale);
  }

  events(section: Section, locale: Locale): void {
    const events = section.events ?? [];
    if (!events.length) return;
    const upcoming = upcomingEvents(events, this.doc.date);
    const past = events
      .filter((e) => !upcoming.some((o) => o.event === e))
      .map((event) => ({ event, date: event.date }));
    this.para(messages(this.options.locale ?? this.doc.locale).upcomingDates);
    for (const o of [...upcoming, ...past]) {
      const l = o.event.locale ?? locale;
      this.para(`${eventWhen(o, l)}: ${this.link(o.event.title, o.event.url)}`, "* ", "  ");
      const where = [o.event.location, o.event.online ? this.link(messages(l).online, o.event.online) : ""].filter(
        Boolean,
      );
      if (where.length) this.para(where.join(" · "), "  ");
      if (o.event.description) this.md(o.event.description, "  ");
    }
  }

  action(action: CallToAction, locale: Locale): void {
    const words: Messages = messages(locale);
    this.para(`>> ${action.title}`, "", "   ");
    if (action.body) this.md(action.body);
    const meta = [
      this.via(action.via ? [action.via] : undefined, locale),
      action.deadline ? words.deadline.replace("{date}", formatDate(action.deadline, locale)) : "",
    ];
    this.para(meta.filter(Boolean).join(" · "));
    if (action.recipients?.length) this.para(`${words.recipients}: ${action.recipients.join("; ")}`);
    for (const letter of action.letter ?? []) {
      this.para(`${messages(letter.locale).letterText}:`);
      this.md(letter.text, "    ");
    }
    if (action.url && safeUrl(action.url, this.options.baseUrl))
      this.para(this.link(words.action[action.kind], action.url));
  }

  report(report: Report, locale: Locale): void {
    const place = [report.city, report.region, report.country].filter(Boolean).join(", ");
    const attendance = report.attendance
      ? attendanceLabel(locale).replace("{n}", formatStatistic({ ...report.attendance, measure: "" }, locale).value)
      : "";
    this.para([place, report.date ? formatDate(report.date, locale) : "", attendance].filter(Boolean).join(" · "));
    this.md(report.summary);
    const via = this.via(report.sources, locale);
    if (via) this.para(via);
  }

  links(links: readonly { title: string; url: string; source?: string | undefined }[], _locale: Locale): void {
    this.para(messages(this.options.locale ?? this.doc.locale).furtherReading);
    for (const link of links)
      this.para(`${this.link(link.title, link.url)}${link.source ? ` — ${link.source}` : ""}`, "* ", "  ");
  }
}

// Text indented by two spaces becomes a list entry: "* " replaces the indent of its first line.
function bullet(indented: string): string {
  return `* ${indented.slice(2)}`;
}

function clean(text: string): string {
  return cleanText(text);
}
