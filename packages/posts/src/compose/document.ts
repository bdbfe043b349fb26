import type { ResolvedDocument } from "@belarusbrief/core";
import { line, run, type Unit, unit } from "../lines.js";
import { richUnits } from "../rich-lines.js";
import type { Draft } from "./draft.js";
import { fullUnits } from "./full.js";
import { quoteUnit } from "./quote.js";

/**
 * The document's own post: its title, kind and date (a brief's month), tagline; then its summary,
 * else the start of its text, else its lead quotation, as a teaser; and its whole text for the
 * platforms that carry it.
 */
export function documentDraft(doc: ResolvedDocument): Draft {
  return {
    key: "",
    locale: doc.locale,
    head: [head(doc)],
    lede: lede(doc),
    foot: [],
    full: fullUnits(doc),
    label: doc.words.readMore,
  };
}

function head(doc: ResolvedDocument): Unit {
  const meta = [doc.kindLabel, doc.dateline, doc.period?.text ?? doc.date.text, doc.author?.name].filter(Boolean);
  return unit(
    ["title"],
    [
      line([run(doc.title, { bold: true })]),
      line([run(meta.join(" · "))]),
      ...(doc.tagline ? [line([run(doc.tagline, { italic: true })])] : []),
    ],
  );
}

function lede(doc: ResolvedDocument): Unit[] {
  if (doc.summary) return [unit(["summary"], [line([run(doc.summary)])])];
  if (doc.intro) return richUnits(doc.intro, ["intro"]);
  if (doc.body) return richUnits(doc.body, ["body"]);
  if (doc.lead) return [quoteUnit(doc.lead)];
  return [];
}
