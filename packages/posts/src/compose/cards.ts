import { messages, type ResolvedAction, type ResolvedEvent, type ResolvedStatistic } from "@belarusbrief/core";
import type { CardBlock } from "../card-ids.js";
import { line, run, type Unit, unit } from "../lines.js";
import { inlineRuns, richUnits } from "../rich-lines.js";
import { addressUnit } from "./blocks.js";
import { capitalise, type Draft } from "./draft.js";

/**
 * The short post that goes with a statistic's, an event's or a call to action's card, in the
 * block's language: the facts of the card first (always said), then its description or text
 * (cut when the post is full), then the link to the document's page.
 */
export function cardDraft(card: CardBlock): Draft {
  const { head, lede, foot, label } =
    card.type === "statistic" ? statistic(card.block) : card.type === "event" ? event(card.block) : action(card.block);
  return { key: card.id, locale: card.block.locale, head: [head], lede, foot, label };
}

type Parts = { head: Unit; lede: Unit[]; foot: Unit[]; label: string };

function statistic(stat: ResolvedStatistic): Parts {
  const when = [run(capitalise(stat.asOf.phrase, stat.locale))];
  const source = stat.citation ? [run(" · "), ...inlineRuns(stat.citation)] : [];
  return {
    head: unit(stat.path, [
      line([run(capitalise(stat.text, stat.locale), { bold: true })], { path: [...stat.path, "measure"] }),
      line([...when, ...source], { glued: true }),
    ]),
    lede: [],
    foot: [],
    label: messages(stat.locale).readMore,
  };
}

function event(e: ResolvedEvent): Parts {
  const where = e.location ?? (e.online ? messages(e.locale).online : undefined);
  return {
    head: unit(e.path, [
      line([run(e.title, { bold: true })], { path: [...e.path, "title"] }),
      line([run(e.when)], { path: [...e.path, "date"], glued: true }),
      ...(where ? [line([run(where)], { path: [...e.path, "location"], glued: true })] : []),
    ]),
    lede: e.description ? richUnits(e.description, [...e.path, "description"]) : [],
    foot: e.citation ? [unit(e.path, [line(inlineRuns(e.citation, { italic: true }))])] : [],
    label: messages(e.locale).readMore,
  };
}

function action(a: ResolvedAction): Parts {
  const words = messages(a.locale);
  const deadline = a.deadline ? [line([run(a.deadline.phrase)], { path: [...a.path, "deadline"] })] : [];
  const via = a.citation ? [line(inlineRuns(a.citation, { italic: true }), { glued: deadline.length > 0 })] : [];
  return {
    head: unit(a.path, [
      line([run(a.title, { bold: true })], { path: [...a.path, "title"] }),
      ...(a.recipients.length ? [line([run(`${words.recipients}: ${a.recipients.join(", ")}`)], { glued: true })] : []),
    ]),
    // Where to post a letter goes after what to do; a short post that has no room for it leaves it to the page.
    lede: [...(a.body ? richUnits(a.body, [...a.path, "body"]) : []), ...a.addresses.map(addressUnit)],
    foot: a.deadline || a.citation ? [unit(a.path, [...deadline, ...via])] : [],
    label: a.verb,
  };
}
