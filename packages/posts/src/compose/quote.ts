import type { ResolvedQuote } from "@belarusbrief/core";
import { line, run, type Unit, unit } from "../lines.js";
import { inlineRuns, richLines } from "../rich-lines.js";

/** A quotation: its lines, then "— who said it, via source". */
export function quoteUnit(quote: ResolvedQuote): Unit {
  const lines = richLines(quote.text).map((l) => ({ ...l, quote: true }));
  const by = [
    ...(quote.attribution ? [run(quote.attribution)] : []),
    ...(quote.attribution && quote.citation ? [run(", ")] : []),
    ...(quote.citation ? inlineRuns(quote.citation) : []),
  ];
  return unit(quote.path, by.length ? [...lines, line([run("— "), ...by], { quote: true, glued: true })] : lines);
}
