import type {
  ResolvedAction,
  ResolvedAddress,
  ResolvedEvent,
  ResolvedItem,
  ResolvedLink,
  ResolvedRecommendation,
  ResolvedReport,
  ResolvedStatistic,
} from "@belarusbrief/core";
import { type FieldPath, messages } from "@belarusbrief/core";
import { type Line, line, type Run, run, runsText, type Unit, unit } from "../lines.js";
import { inlineRuns, richLines } from "../rich-lines.js";
import { quoteUnit } from "./quote.js";

/** A heading on a line of its own, kept with what follows it. */
export function headingUnit(path: FieldPath, text: string): Unit {
  return unit(path, [line([run(text, { bold: true })])], { heading: true });
}

/** "• over 35,000 protesters detained since August 2020, as of January 31, 2030 · Source: Viasna". */
export function statisticLine(stat: ResolvedStatistic): Line {
  const citation = stat.citation ? [run(" · "), ...inlineRuns(stat.citation)] : [];
  return line([run(`${stat.text}, ${stat.asOf.phrase}`), ...citation], { prefix: "• ", path: stat.path });
}

/**
 * An item: its bold lead-in, then its text, its date and sources, and its quotation. The lead-in
 * starts the text when the text goes on from it ("**U.S. Department of State** imposed…"), and
 * stands on its own line when the text starts a sentence of its own.
 */
export function itemUnits(item: ResolvedItem): Unit[] {
  const lines = item.body ? richLines(item.body) : [];
  const [first, ...rest] = lines;
  const lead = item.lead ? [run(item.lead, { bold: true })] : [];
  const continues = first && !first.prefix && !first.quote && !first.pre && /^\P{Lu}/u.test(runsText(first.runs));
  const body =
    lead.length && continues
      ? [{ ...first, runs: [...lead, run(" "), ...first.runs] }, ...rest]
      : lead.length
        ? [line(lead), ...glueFirst(lines)]
        : lines;
  const meta = joined([item.date ? [run(item.date.text)] : [], item.citation ? inlineRuns(item.citation) : []]);
  const main = unit(item.path, [...body, ...(meta.length ? [line(italic(meta), { glued: true })] : [])]);
  return item.quote ? [main, quoteUnit(item.quote)] : [main];
}

/** An event: its title, when and where, description and source. */
export function eventUnit(event: ResolvedEvent): Unit {
  const where = [event.location, event.online ? messages(event.locale).online : undefined].filter(Boolean);
  return unit(event.path, [
    line([run(event.title, { bold: true })], { path: [...event.path, "title"] }),
    line([run([event.when, ...where].join(" · "))], { path: [...event.path, "date"], glued: true }),
    ...(event.description ? richLines(event.description) : []),
    ...(event.citation ? [line(inlineRuns(event.citation, { italic: true }), { glued: true })] : []),
  ]);
}

/** A call to action: what to do, how, by when, to whom, who runs it; then each letter to send and where to post it. */
export function actionUnits(action: ResolvedAction): Unit[] {
  const words = messages(action.locale);
  const main = unit(action.path, [
    line([run(action.title, { bold: true })], { path: [...action.path, "title"] }),
    ...(action.body ? richLines(action.body) : []),
    ...(action.deadline ? [line([run(action.deadline.phrase)], { glued: true })] : []),
    ...(action.recipients.length
      ? [line([run(`${words.recipients}: ${action.recipients.join(", ")}`)], { glued: true })]
      : []),
    ...(action.citation ? [line(inlineRuns(action.citation, { italic: true }), { glued: true })] : []),
  ]);
  const letters = action.letters.map((letter) =>
    unit(letter.path, [
      line([run(`${letter.label}:`, { italic: true })]),
      ...glueFirst(richLines(letter.text).map((l) => ({ ...l, quote: true }))),
    ]),
  );
  return [main, ...letters, ...action.addresses.map(addressUnit)];
}

/** A postal address under its label, one envelope line per line; never split between two posts. */
export function addressUnit(address: ResolvedAddress): Unit {
  const lines = address.lines.map((text) => line([run(text)], { glued: true }));
  return unit(address.path, [line([run(`${address.label}:`, { italic: true })]), ...lines], { whole: true });
}

/** A report: place, date and attendance, then what happened and the source. */
export function reportUnit(report: ResolvedReport): Unit {
  const facts = [report.date?.text, report.attendance?.phrase].filter(Boolean).map((text) => ` · ${text}`);
  return unit(report.path, [
    line([run(report.place, { bold: true }), ...facts.map((text) => run(text))]),
    ...glueFirst(richLines(report.summary)),
    ...(report.citation ? [line(inlineRuns(report.citation, { italic: true }), { glued: true })] : []),
  ]);
}

/** Demands to one addressee, numbered. */
export function recommendationUnit(rec: ResolvedRecommendation): Unit {
  const items = rec.items.flatMap((item, i) => {
    const [first, ...rest] = richLines(item);
    return [{ ...(first ?? line([])), prefix: `${i + 1}. `, path: [...rec.path, "items", i] }, ...rest];
  });
  return unit(rec.path, [
    line([run(rec.addressee, { bold: true })]),
    ...glueFirst(rec.intro ? richLines(rec.intro) : []),
    ...items,
  ]);
}

/** Further reading: a line per title, with its publisher. */
export function linksUnit(path: FieldPath, links: readonly ResolvedLink[]): Unit {
  return unit(
    path,
    links.map((link) => line([run(link.source ? `${link.title} — ${link.source}` : link.title)], { prefix: "• " })),
  );
}

// The first line goes with the bold line above it.
function glueFirst(lines: Line[]): Line[] {
  const [first, ...rest] = lines;
  return first ? [{ ...first, glued: true }, ...rest] : [];
}

function joined(parts: Run[][]): Run[] {
  return parts.filter((p) => p.length).flatMap((p, i) => (i > 0 ? [run(" · "), ...p] : p));
}

function italic(runs: Run[]): Run[] {
  return runs.map((r) => ({ ...r, italic: true }));
}
