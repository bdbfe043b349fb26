import LineBreaker from "linebreak";
import { advances } from "./metrics.js";

/** How a text is set, as far as its line breaks go. */
export interface TextStyle {
  fontSize: number;
  weight: 400 | 700;
  /** Extra px after every character (uppercase kickers). */
  letterSpacing: number;
  uppercase: boolean;
}

/**
 * Lines `text` takes in a box `width` px wide, set as the card layout sets it: spaces collapsed,
 * breaks where Unicode line breaking (UAX #14) allows, a word wider than the box broken between
 * characters. Widths are the fonts' advance widths without kerning (Noto Sans kerns to narrow)
 * plus {@link MARGIN}, so the count errs above satori's, never below (property-tested against satori).
 */
export function countLines(text: string, width: number, style: TextStyle): number {
  const content = collapse(style.uppercase ? text.toLocaleUpperCase() : text);
  const measure = wordMeasure(style);
  const words = breakOpportunities(content);
  let lines = 0;
  let current = 0;
  let lineHasText = false;
  for (let i = 0; i < words.length; ) {
    const word = words[i] as string;
    const w = measure(word);
    const trailing = w - measure(word.trimEnd());
    const wraps = i > 0 && current + w > width + trailing;
    const graphemes = w > width && (current === 0 || wraps) ? splitGraphemes(word) : [];
    if (graphemes.length > 1) {
      words.splice(i, 1, ...graphemes);
      if (current > 0) {
        lines++;
        current = 0;
        lineHasText = false;
      }
      continue;
    }
    if (wraps) {
      if (lineHasText) lines++;
      current = word === " " ? 0 : w;
      lineHasText = current > 0;
    } else {
      current += w;
      lineHasText ||= w > 0;
    }
    i++;
  }
  return lines + (lineHasText ? 1 : 0);
}

/** Height in px of `text` at a line height (a multiple of the font size): whole pixels per line, as satori rounds them. */
export function textHeight(text: string, width: number, style: TextStyle, lineHeight: number): number {
  return countLines(text, width, style) * Math.round(style.fontSize * lineHeight);
}

/**
 * Extra width per word, as a share of the font size: satori shapes with HarfBuzz, and a few
 * sequences ("flag ok") come out up to 0.7 % of an em wider than their advances add up to.
 */
const MARGIN = 0.01;

/** Width in px of a run of text: advances, letter spacing after each character, an emoji one em. */
function wordMeasure(style: TextStyle): (word: string) => number {
  const runs = runsOf(style.weight);
  return (word) => {
    let run = runs.get(word);
    if (!run) {
      run = measureRun(word, advances(style.weight));
      if (runs.size > 50_000) runs.clear();
      runs.set(word, run);
    }
    const width = (run.em + run.emoji) * style.fontSize + run.characters * style.letterSpacing;
    return width > 0 ? width + MARGIN * style.fontSize : 0;
  };
}

/** A run of text measured independently of the font size. */
interface Run {
  /** Sum of the advances of the characters the fonts have, in em. */
  em: number;
  /** Emoji, each drawn one em wide. */
  emoji: number;
  /** Characters that take letter spacing (code points, which is never fewer than graphemes). */
  characters: number;
}

const measured = new Map<400 | 700, Map<string, Run>>();

function runsOf(weight: 400 | 700): Map<string, Run> {
  let runs = measured.get(weight);
  if (!runs) {
    runs = new Map();
    measured.set(weight, runs);
  }
  return runs;
}

function measureRun(word: string, em: ReadonlyMap<number, number>): Run {
  const run: Run = { em: 0, emoji: 0, characters: 0 };
  // Fast path: every character is in the fonts and none asks for emoji presentation.
  for (const char of word) {
    const advance = em.get(char.codePointAt(0) ?? 0);
    if (advance === undefined || char === "\uFE0F" || char === "\u20E3") return measureGraphemes(word, em);
    run.em += advance;
    run.characters++;
  }
  return run;
}

// Not in the fonts, or asking for emoji presentation: the grapheme is drawn as a Twemoji image one em wide.
function measureGraphemes(word: string, em: ReadonlyMap<number, number>): Run {
  const run: Run = { em: 0, emoji: 0, characters: 0 };
  for (const grapheme of splitGraphemes(word)) {
    const chars = [...grapheme];
    const advances = chars.map((char) =>
      char === "\uFE0F" || char === "\u20E3" ? undefined : em.get(char.codePointAt(0) ?? 0),
    );
    if (advances.some((advance) => advance === undefined)) run.emoji++;
    else {
      run.em += advances.reduce((sum: number, advance) => sum + (advance ?? 0), 0);
      run.characters += chars.length;
    }
  }
  return run;
}

const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });

function splitGraphemes(text: string): string[] {
  return Array.from(graphemes.segment(text), (s) => s.segment);
}

// `white-space: normal`: line feeds and runs of spaces and tabs become one space, none at either end.
function collapse(text: string): string {
  return text
    .replace(/\n/g, " ")
    .replace(/([ ]|\t)+/g, " ")
    .replace(/^[ ]|[ ]$/g, "");
}

function breakOpportunities(content: string): string[] {
  const breaker = new LineBreaker(content);
  const words: string[] = [];
  let last = 0;
  for (let next = breaker.nextBreak(); next; next = breaker.nextBreak()) {
    words.push(content.slice(last, next.position));
    last = next.position;
  }
  return words;
}
