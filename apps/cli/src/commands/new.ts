import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { type Brief, isPastDeadline, loadDocument, type Section, upcomingEvents } from "@belarusbrief/core";
import { Document as YamlDocument } from "yaml";
import { findContentFiles } from "../content/find-files.js";
import { loadContent } from "../content/load-content.js";
import { CliError, EXIT } from "../exit-codes.js";
import { styler } from "../style.js";

/** Options of `belarusbrief new`. */
export interface NewOptions {
  /** `YYYY-MM`; default: the month after the latest brief. */
  month?: string;
}

/**
 * Starts next month's brief from the latest one in `folder`: statistic series, recurring dates,
 * future events and open calls to action carried forward (those still upcoming and open on the new
 * brief's date, the last day of its month); news emptied. Never overwrites a file.
 */
export function newBrief(folder: string | undefined, options: NewOptions): number {
  const files = findContentFiles(folder ? [folder] : []);
  const { documents } = loadContent(files);
  const briefs = documents
    .filter((d) => d.document.kind === "brief")
    .sort((a, b) => periodOf(a.document).localeCompare(periodOf(b.document)));
  const latest = briefs.at(-1);
  if (!latest)
    throw new CliError(
      `no valid brief found in ${folder ?? "the content"} to start from; fix its errors first (belarusbrief validate)`,
      EXIT.content,
    );
  const previous = latest.document as Brief;

  const month = options.month ?? nextMonth(previous.period);
  const monthProblem = checkMonth(month);
  if (monthProblem) throw new CliError(monthProblem, EXIT.usage);
  const target = join(latest.dir, `${month}-brief.yaml`);
  if (existsSync(target))
    throw new CliError(
      `${relative(process.cwd(), target)} already exists; edit it, or choose another --month`,
      EXIT.usage,
    );
  if (documents.some((d) => d.document.id === month))
    throw new CliError(`a document with id "${month}" already exists`, EXIT.usage);

  const text = renderYaml(
    nextBrief(previous, month),
    schemaComment(readFileSync(resolve(process.cwd(), latest.file), "utf8")),
    previous.period,
  );
  const check = loadDocument(text, target);
  if (!check.ok) throw new Error(`the new brief does not validate:\n${check.errors.map((e) => e.message).join("\n")}`);
  writeFileSync(target, text, { flag: "wx" });

  const s = styler(process.stderr);
  process.stderr.write(`${s.green(`created ${relative(process.cwd(), target)}`)} from ${latest.file}\n`);
  process.stderr.write(
    "Next: fill in the news, update the numbers marked 'carried forward', then run belarusbrief preview.\n",
  );
  return EXIT.ok;
}

/** The brief for `month` built from `previous`. */
export function nextBrief(previous: Brief, month: string): Brief {
  // The brief goes out on the last day of its month (see the schema's `date`): what it lists as
  // upcoming and as open must still be so on that day.
  const date = lastDay(month);
  const sections: Section[] = (previous.sections ?? []).map((section) => {
    const kept: Section = {};
    if (section.heading) kept.heading = section.heading;
    if (section.locale) kept.locale = section.locale;
    const statistics = section.statistics?.filter((s) => s.series);
    if (statistics?.length) kept.statistics = statistics;
    const events = upcomingEvents(section.events ?? [], date).map(({ event, date, endDate }) => ({
      ...event,
      date,
      ...(endDate ? { endDate } : {}),
    }));
    if (events.length) kept.events = events;
    const actions = section.actions?.filter((a) => !isPastDeadline(a, date));
    if (actions?.length) kept.actions = actions;
    return kept;
  });
  const { kind, locale, title, tagline, tags, author } = previous;
  // Field order as an editor reads it; a section left with nothing and no heading is dropped.
  return {
    kind,
    id: month,
    locale,
    title,
    ...(tagline ? { tagline } : {}),
    period: month,
    date,
    ...(tags ? { tags } : {}),
    ...(author ? { author } : {}),
    sections: sections.filter((section) => Object.keys(section).length > 0),
  };
}

function renderYaml(brief: Brief, schemaLine: string | undefined, from: string): string {
  const doc = new YamlDocument(brief);
  doc.commentBefore = ` Started from the ${from} brief by belarusbrief new: statistics with a series and upcoming dates are carried forward.`;
  (brief.sections ?? []).forEach((section, s) => {
    section.statistics?.forEach((stat, i) => {
      const node = doc.getIn(["sections", s, "statistics", i], true) as { commentBefore?: string } | undefined;
      if (node) node.commentBefore = ` carried forward from ${stat.asOf ?? from}: update value and asOf`;
    });
  });
  const body = doc.toString({ lineWidth: 100 });
  return schemaLine ? `${schemaLine}\n${body}` : body;
}

// `--month` in words: a month that does not exist is named as such, a wrong form gets the form.
function checkMonth(month: string): string | undefined {
  const parts = /^(\d{4})-(\d{2})$/.exec(month);
  if (!parts) return `--month "${month}" must be written as YYYY-MM, e.g. 2021-03 for March 2021`;
  const number = Number(parts[2]);
  if (number < 1 || number > 12)
    return `--month ${month}: there is no month ${parts[2]}; months go from 01 (January) to 12 (December), e.g. ${parts[1]}-03 for March ${parts[1]}`;
  return undefined;
}

function schemaComment(text: string): string | undefined {
  return text.split("\n").find((line) => line.startsWith("# yaml-language-server:"));
}

function periodOf(doc: { kind: string; period?: string }): string {
  return doc.period ?? "";
}

function nextMonth(period: string): string {
  const [year = 0, month = 0] = period.split("-").map(Number);
  return month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, "0")}`;
}

function lastDay(month: string): string {
  const [year = 0, m = 0] = month.split("-").map(Number);
  return new Date(Date.UTC(year, m, 0)).toISOString().slice(0, 10);
}
