import { paragraphs } from "./blocks/text-blocks.js";
import { signCalls } from "./report/appeal.js";
import { findDates } from "./text/dates.js";
import type { ImportKind } from "./types.js";

/** A kind and the words of the text that decided it. */
export interface DetectedKind {
  kind: ImportKind;
  reason: string;
}

/**
 * What a text most likely is: a news stream (headlines each followed by a date line), a monthly
 * brief (a `#` title with a month and `##` sections), a press release (labelled so), an appeal (a
 * call to sign, a letter) or a statement (demands "calls on … to:"); a statement when nothing fits.
 */
export function detectKind(text: string): DetectedKind {
  const all = paragraphs(text);
  const dated = all.filter((p, i) => i > 0 && isDateLine(p.lines) && all[i - 1]?.lines.length === 1);
  if (dated.length >= 2)
    return {
      kind: "news",
      reason: `${dated.length} headlines followed by a date line such as "${dated[0]?.lines[0]}"`,
    };
  const top = all.slice(0, 6).flatMap((p) => p.lines);
  const title = top.find((l) => /^#\s+\S/.test(l));
  const month = top.map((l) => findDates(l).find((d) => d.year && !d.day)).find((d) => d !== undefined);
  if (title && month && /^##\s+\S/m.test(text))
    return { kind: "brief", reason: `a "#" title, the month "${month.text}" and "##" sections` };
  const label = top.find((l) => /^(press release|for immediate release|news release)$/i.test(l.trim()));
  if (label) return { kind: "press-release", reason: `the label "${label.trim()}"` };
  const call = all.flatMap((p) => signCalls(p.lines.join(" ")))[0];
  if (call) return { kind: "appeal", reason: `the call "${call.title}"` };
  const letter = all.find((p) => /^(Dear\s|I am writing\s|We, the undersigned)/i.test(p.lines[0] ?? ""));
  if (letter) return { kind: "appeal", reason: `the letter "${letter.lines[0]?.slice(0, 40)}…"` };
  const demand = all.find((p) => /\b(calls? on|should|urges?)\b.*:\s*$/i.test(p.lines.join(" ")));
  if (demand) return { kind: "statement", reason: `the demands "${demand.lines.join(" ").slice(0, 60)}"` };
  return { kind: "statement", reason: "nothing more specific (a statement is text with sections)" };
}

function isDateLine(lines: readonly string[]): boolean {
  if (lines.length !== 1) return false;
  const line = (lines[0] ?? "").trim();
  const [date] = findDates(line);
  return date?.day !== undefined && date.year !== undefined && date.index === 0 && date.text.length >= line.length - 1;
}
