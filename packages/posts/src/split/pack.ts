import { BREAK, type Token } from "./tokens.js";

/** Whether tokens `from`…`to` fit in post number `index` (from 0). */
export type Fits = (index: number, from: number, to: number) => boolean;

/** Posts as `[from, to)` ranges of tokens, and the first token left over (`tokens.length` when none). */
export interface Packed {
  ranges: [number, number][];
  next: number;
}

/**
 * Splits tokens into at most `maxParts` posts, each as full as the platform allows, ending where
 * reading breaks best: after a unit or a line when that keeps the post at least half as full as it
 * could be, else after a sentence, and after a word only inside a sentence longer than a post.
 * Calls `tooLong` with a token that does not fit in a post of its own: it throws, or returns to
 * end the posts before that token.
 */
export function pack(
  tokens: readonly Token[],
  fits: Fits,
  tooLong: (token: Token, index: number) => undefined,
  maxParts = Number.POSITIVE_INFINITY,
): Packed {
  const ranges: [number, number][] = [];
  let start = 0;
  let guess = 16;
  while (start < tokens.length && ranges.length < maxParts) {
    const index = ranges.length;
    // Probe as many tokens as the last post took, then twice as many… or bisect below: a post is
    // measured a few times, never with the whole rest.
    let yes = start;
    let no = tokens.length + 1;
    for (let step = guess; yes < tokens.length; step *= 2) {
      const probe = Math.min(yes + step, tokens.length);
      if (!fits(index, start, probe)) {
        no = probe;
        break;
      }
      yes = probe;
    }
    while (no - yes > 1) {
      const mid = (yes + no) >> 1;
      if (fits(index, start, mid)) yes = mid;
      else no = mid;
    }
    if (yes === start) return tooLong(tokens[start] as Token, index) ?? { ranges, next: start };
    const end = yes === tokens.length ? yes : bestBreak(tokens, start, yes);
    if (end === undefined) return tooLong(tokens[start] as Token, index) ?? { ranges, next: start };
    ranges.push([start, end]);
    guess = Math.max(1, end - start);
    start = end;
  }
  return { ranges, next: start };
}

// After a unit or a line when the post stays at least half full, else after the last sentence;
// inside a sentence only when it is longer than a post.
function bestBreak(tokens: readonly Token[], start: number, end: number): number | undefined {
  const size = (to: number) => tokens.slice(start, to).reduce((sum, t) => sum + t.size, 0);
  const line = lastBreak(tokens, start, end, BREAK.line);
  if (line !== undefined && size(line) * 2 >= size(end)) return line;
  return lastBreak(tokens, start, end, BREAK.sentence) ?? lastBreak(tokens, start, end, BREAK.word);
}

// The last place after `start` and at most `end` where a post may end at `level` or better.
function lastBreak(tokens: readonly Token[], start: number, end: number, level: number): number | undefined {
  for (let at = end; at > start; at--) if ((tokens[at] as Token).level <= level) return at;
  return undefined;
}

/** The last of `candidates` (in ascending order) that `ok` accepts, if `ok` accepts a prefix of them: probed 1, 2, 4… in, then bisected. */
export function lastAccepted<T>(candidates: readonly T[], ok: (candidate: T) => boolean): T | undefined {
  let yes = -1;
  let no = candidates.length;
  for (let step = 1; yes + 1 < candidates.length; step *= 2) {
    const probe = Math.min(yes + step, candidates.length - 1);
    if (!ok(candidates[probe] as T)) {
      no = probe;
      break;
    }
    yes = probe;
  }
  while (no - yes > 1) {
    const mid = (yes + no) >> 1;
    if (ok(candidates[mid] as T)) yes = mid;
    else no = mid;
  }
  return yes < 0 ? undefined : candidates[yes];
}
