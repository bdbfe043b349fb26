import { intlLocale, type Locale } from "@belarusbrief/core";
import { type Run, runsText, type Unit } from "../lines.js";

/** Where a post may end before a token, best first. */
export const BREAK = { unit: 0, line: 1, sentence: 2, word: 3, never: 9 } as const;

/** A word with the white space before it: the smallest thing a post is split around. */
export interface Token {
  /** Its unit, and the index of its line in that unit. */
  unit: Unit;
  line: number;
  /** Whether it starts its line (the line's bullet is written before it). */
  first: boolean;
  /** How good a place to end a post just before this token is: a {@link BREAK} value. */
  level: number;
  /** Its runs, the white space before it first. */
  runs: Run[];
  /** Its runs without that white space, for a token that starts a line of a post. */
  bare: Run[];
  /** Characters of that white space. */
  lead: number;
  size: number;
}

/**
 * Cuts units into words at white space. A link or a hashtag is one word, whatever spaces it holds,
 * and nothing is cut inside a word, so grapheme clusters, emoji sequences and addresses stay
 * whole. Each token says whether it starts a unit, a line or a sentence (`Intl.Segmenter`).
 */
export function tokenize(units: readonly Unit[], locale: Locale): Token[] {
  const out: Token[] = [];
  units.forEach((u, i) => {
    const tokens = unitTokens(u, locale);
    const start = out.length;
    for (const t of tokens) out.push(t);
    // A heading stays with what follows it: a post ends between them only when nothing else fits.
    const first = out[start];
    if (first && units[i - 1]?.heading) out[start] = { ...first, level: BREAK.word };
  });
  return out;
}

/** How many tokens `units` make. */
export function tokenCount(units: readonly Unit[], locale: Locale): number {
  return units.reduce((sum, u) => sum + unitTokens(u, locale).length, 0);
}

// A unit's tokens are the same on every platform: cut once per unit and language.
const cache = new WeakMap<Unit, Map<Locale, Token[]>>();

function unitTokens(u: Unit, locale: Locale): Token[] {
  const known = cache.get(u)?.get(locale);
  if (known) return known;
  const tokens: Token[] = [];
  u.lines.forEach((l, lineIndex) => {
    const text = runsText(l.runs);
    const starts = wordStarts(text, l.runs);
    const sentences = sentenceStarts(text, locale);
    const bounds = starts.map((start) => start - leadingSpace(text, start));
    starts.forEach((start, k) => {
      const from = k === 0 ? 0 : (bounds[k] as number);
      const to = k + 1 < starts.length ? (bounds[k + 1] as number) : text.length;
      let level: number = sentences.has(start) ? BREAK.sentence : BREAK.word;
      if (k === 0) level = lineIndex === 0 ? BREAK.unit : l.glued ? BREAK.word : BREAK.line;
      if (u.whole && (k > 0 || lineIndex > 0)) level = BREAK.never;
      tokens.push({
        unit: u,
        line: lineIndex,
        first: k === 0,
        level,
        runs: sliceRuns(l.runs, from, to),
        bare: sliceRuns(l.runs, start, to),
        lead: start - from,
        size: to - from,
      });
    });
  });
  cache.set(u, (cache.get(u) ?? new Map()).set(locale, tokens));
  return tokens;
}

/** Runs cut to the characters from `from` to `to` of their text. */
export function sliceRuns(runs: readonly Run[], from: number, to: number): Run[] {
  const out: Run[] = [];
  let at = 0;
  for (const r of runs) {
    const end = at + r.text.length;
    if (end > from && at < to) out.push({ ...r, text: r.text.slice(Math.max(0, from - at), to - at) });
    at = end;
  }
  return out;
}

// A word starts after white space, never inside a link or a hashtag; an empty line is one empty word.
function wordStarts(text: string, runs: readonly Run[]): number[] {
  const atomic: [number, number][] = [];
  let at = 0;
  for (const r of runs) {
    if (r.href || r.tag) atomic.push([at, at + r.text.length]);
    at += r.text.length;
  }
  const starts: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (SPACE.test(text[i] as string) || (i > 0 && !SPACE.test(text[i - 1] as string))) continue;
    if (atomic.some(([a, b]) => i > a && i < b)) continue;
    starts.push(i);
  }
  return starts.length ? starts : [0];
}

function leadingSpace(text: string, start: number): number {
  let n = 0;
  while (start - n > 0 && SPACE.test(text[start - n - 1] as string)) n++;
  return n;
}

const SPACE = /\s/;
const segmenters = new Map<string, Intl.Segmenter>();

function sentenceStarts(text: string, locale: Locale): Set<number> {
  const key = intlLocale(locale);
  let segmenter = segmenters.get(key);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(key, { granularity: "sentence" });
    segmenters.set(key, segmenter);
  }
  const starts = new Set<number>();
  for (const { index } of segmenter.segment(text)) starts.add(index);
  return starts;
}
