import { type Line, type Run, sameMarks, type Unit } from "../lines.js";
import type { Token } from "./tokens.js";

/**
 * The units of one post: its tokens put back into their units and lines, runs
 * of one formatting joined. A line continued from the previous post starts without its bullet;
 * white space at the start of each line, and at the end outside preformatted text, is dropped.
 */
export function assemble(tokens: readonly Token[]): Unit[] {
  const out: Unit[] = [];
  let lastUnit: Unit | undefined;
  let lastLine = -1;
  let runs: Run[] = [];
  for (const t of tokens) {
    const source = t.unit;
    if (t.unit !== lastUnit) {
      out.push({ ...source, lines: [] });
      lastUnit = t.unit;
      lastLine = -1;
    }
    if (t.line !== lastLine) {
      const { runs: _, prefix, ...flags } = source.lines[t.line] as Line;
      runs = [];
      (out.at(-1) as Unit).lines.push({ ...flags, ...(t.first && prefix ? { prefix } : {}), runs });
      lastLine = t.line;
      append(runs, t.bare);
    } else append(runs, t.runs);
  }
  for (const u of out) for (const l of u.lines) if (!l.pre) trimEnd(l.runs);
  return out;
}

function append(runs: Run[], more: readonly Run[]): void {
  for (const r of more) {
    if (r.text === "") continue;
    const last = runs.at(-1);
    if (last && sameMarks(last, r)) last.text += r.text;
    else runs.push({ ...r });
  }
}

function trimEnd(runs: Run[]): void {
  while (runs.length) {
    const last = runs.at(-1) as Run;
    if (last.href || last.tag) return;
    last.text = last.text.trimEnd();
    if (last.text !== "") return;
    runs.pop();
  }
}
