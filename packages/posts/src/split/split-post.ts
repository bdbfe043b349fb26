import type { FieldPath, Locale } from "@belarusbrief/core";
import { line, run, type Unit, unit } from "../lines.js";
import { assemble } from "./assemble.js";
import { lastAccepted, pack } from "./pack.js";
import { BREAK, type Token, tokenCount, tokenize } from "./tokens.js";

/** What a post says, before it is split: what must be said, what may be cut, and the link line. */
export interface PostText {
  head: Unit[];
  body: Unit[];
  tail: Unit[];
  /** Posts the body may fill; the body is cut after the last sentence that fits. Infinite: never cut. */
  budget: number;
  /** The most posts the platform can chain (Instagram: one). */
  maxParts: number;
  locale: Locale;
}

/** Whether `units` fit in post number `index` (from 0) of a thread. */
export type UnitsFit = (units: Unit[], index: number) => boolean;

/** Raises the error about a field that cannot fit: a word longer than a post, or a head that needs too many posts. */
export type TooLong = (path: FieldPath, index: number) => never;

/**
 * Splits a post into a numbered thread when it does not fit in one: the head always, as much of
 * the body as the budget allows (whole sentences; all of it when the budget is infinite), the tail
 * at the end of the last post. Each post of a thread ends with its number, "2/3".
 */
export function splitPost(text: PostText, fits: UnitsFit, tooLong: TooLong): Unit[][] {
  const units = [...text.head, ...text.body, ...text.tail];
  const tokens = tokenize(units, text.locale);
  const headEnd = tokenCount(text.head, text.locale);
  const bodyEnd = headEnd + tokenCount(text.body, text.locale);
  // In a short version a word too long for any post ends the body before it; in the whole text it is an error.
  const optional = new Set(text.budget === Number.POSITIVE_INFINITY ? [] : tokens.slice(headEnd, bodyEnd));
  const writer = new Writer(fits, tooLong, optional);
  const keep = (n: number) => [...tokens.slice(0, headEnd + n), ...tokens.slice(bodyEnd)];
  const required = writer.thread(keep(0), text.maxParts);
  if (required === undefined) return tooLong((units[0] as Unit).path, text.maxParts);
  if (text.budget === Number.POSITIVE_INFINITY) return writer.thread(tokens, text.maxParts) ?? required;
  const budget = Math.min(text.maxParts, Math.max(text.budget, required.length));
  // The places the body may be cut: where a unit, a line or a sentence of it starts, and its end.
  const cuts = [
    ...tokens.flatMap((t, i) => (i > headEnd && i < bodyEnd && t.level <= BREAK.sentence ? [i - headEnd] : [])),
    bodyEnd - headEnd,
  ];
  if (required.length === 1) {
    const kept = lastAccepted(cuts, (n) => writer.fits(keep(n), 0)) ?? 0;
    if (kept === bodyEnd - headEnd || budget === 1) return [writer.part(keep(kept))];
  }
  const teaser = writer.teaser(tokens, headEnd, bodyEnd, budget);
  if (teaser) return teaser;
  // Rarely, the tail finds no room after the head in the last post: the slower way, whole bodies.
  const kept = lastAccepted([0, ...cuts], (n) => writer.thread(keep(n), budget) !== undefined) ?? 0;
  return writer.thread(keep(kept), budget) ?? required;
}

class Writer {
  constructor(
    private readonly fitsUnits: UnitsFit,
    private readonly tooLong: TooLong,
    private readonly optional: ReadonlySet<Token>,
  ) {}

  part(tokens: readonly Token[], number?: string): Unit[] {
    const units = assemble(tokens);
    return number ? [...units, unit([], [line([run(number)])])] : units;
  }

  fits(tokens: readonly Token[], index: number, number?: string): boolean {
    return this.fitsUnits(this.part(tokens, number), index);
  }

  /** All of `tokens` in posts, numbered when several; undefined when more than `maxParts` are needed. */
  thread(tokens: readonly Token[], maxParts: number): Unit[][] | undefined {
    if (this.fits(tokens, 0)) return [this.part(tokens)];
    if (maxParts < 2) return undefined;
    for (let digits = 1; digits <= 3; digits++) {
      const widest = wide(digits);
      const { ranges, next } = pack(tokens, this.probe(tokens, widest), this.fail, maxParts);
      if (next < tokens.length) return undefined;
      if (ranges.length < 10 ** digits)
        return this.numbered(
          this.settle(
            ranges.map(([from, to]) => tokens.slice(from, to)),
            widest,
          ),
        );
    }
    return undefined;
  }

  /**
   * A thread of at most `budget` posts: the head and the body as far as they go, the last post cut
   * after the last sentence that leaves room for the tail. Undefined when no cut leaves room.
   */
  teaser(tokens: readonly Token[], headEnd: number, bodyEnd: number, budget: number): Unit[][] | undefined {
    const widest = wide(String(budget).length);
    const text = tokens.slice(0, bodyEnd);
    const tail = tokens.slice(bodyEnd);
    const { ranges, next } = pack(text, this.probe(text, widest), this.fail, budget);
    if (next === text.length) {
      const all = pack(tokens, this.probe(tokens, widest), this.fail, budget);
      if (all.next === tokens.length)
        return this.numbered(
          this.settle(
            all.ranges.map(([from, to]) => tokens.slice(from, to)),
            widest,
          ),
        );
    }
    const [start, end] = ranges.at(-1) as [number, number];
    const first = Math.max(start, headEnd);
    const cuts = text.flatMap((t, i) =>
      i === first || (i > first && i <= end && t.level <= BREAK.sentence) ? [i] : [],
    );
    const last = ranges.length - 1;
    const cut = lastAccepted(cuts, (at) => this.fits([...text.slice(start, at), ...tail], last, widest));
    if (cut === undefined) return undefined;
    const parts = ranges.slice(0, last).map(([from, to]) => text.slice(from, to));
    return this.numbered([...parts, [...text.slice(start, cut), ...tail]]);
  }

  /** A thread whose last post would hold the link line alone moves the last sentence of the post before it there. */
  private settle(parts: Token[][], number: string): Token[][] {
    const last = parts.at(-1) ?? [];
    const before = parts.at(-2);
    if (!before || last.some((t) => !t.unit.whole)) return parts;
    const at = before.findLastIndex((t, i) => i > 0 && t.level <= BREAK.sentence);
    if (at < 0 || !this.fits([...before.slice(at), ...last], parts.length - 1, number)) return parts;
    return [...parts.slice(0, -2), before.slice(0, at), [...before.slice(at), ...last]];
  }

  private numbered(parts: Token[][]): Unit[][] {
    return parts.map((tokens, i) => this.part(tokens, parts.length > 1 ? `${i + 1}/${parts.length}` : undefined));
  }

  private probe(tokens: readonly Token[], number: string) {
    return (index: number, from: number, to: number) => this.fits(tokens.slice(from, to), index, number);
  }

  private readonly fail = (token: Token, index: number): undefined => {
    if (this.optional.has(token)) return undefined;
    return this.tooLong(token.unit.lines[token.line]?.path ?? token.unit.path, index);
  };
}

// The widest number a post of a thread of fewer than 10^digits posts ends with.
function wide(digits: number): string {
  return `${"9".repeat(digits)}/${"9".repeat(digits)}`;
}
