import type { ActionKind } from "@belarusbrief/core";
import type { Context, Ids } from "../context.js";
import type { DraftAction, DraftSource, Path } from "../draft.js";
import { takeCitation } from "../text/citations.js";
import { isBlank } from "../text/normalize.js";
import { firstSentence, fitPlain, idFrom, plainWords } from "../text/words.js";

// Tried in order on the title, then on the whole text; the first that matches decides.
const KINDS: readonly [ActionKind, RegExp][] = [
  ["sign", /\b(sign|signs|signing|signatures?|petitions?)\b/iu],
  [
    "contact-representative",
    /\b(contact|call|email|e-mail) (your|the) (representative|senator|congress\w*|mp|governor)/iu,
  ],
  ["write", /\b(write|writing|letters?|postcards?)\b/iu],
  ["donate", /\b(donat\w*|collect\w*|fundrais\w*|contribut\w*)/iu],
  ["buy", /\b(buy|purchase|order)\b/iu],
  ["attend", /\b(attend|join us|come to|rally|march|vigil)\b/iu],
  ["volunteer", /\b(volunteer\w*)/iu],
  ["share", /\b(share|social media|repost|spread the word)/iu],
  ["read", /\b(read|watch|listen)\b/iu],
  ["support", /\b(support\w*|help\w*|solidarity)/iu],
];
const LINK = /\[([^\]\n]+)\]\(([^)\s]*)\)/u;
const INLINE_VIA = /\bvia \[([^\]\n]+)\]\(([^)\s]*)\)(?:\s*\((in \p{L}+(?: only)?)\))?/iu;

/**
 * A "how to help" paragraph as a call to action: its bold words (or its first sentence) as the
 * title, the kind guessed from its verbs, its first link as where to act, the "(via …)" — or an
 * inline "via [site](url) (in Russian only)" — as the organisation running it.
 */
export function briefAction(
  text: string,
  line: number,
  path: Path,
  ids: Ids,
  context: Context,
): DraftAction | undefined {
  const cited = takeCitation(text);
  const body = cited && /\p{L}/u.test(cited.rest) ? cited.rest : text;
  const plain = plainWords(body);
  const leading = /^\*\*([^*\n]+)\*\*/.exec(body)?.[1];
  const bold = /\*\*([^*\n]+)\*\*/.exec(body)?.[1];
  // A bold phrase inside the first sentence: the sentence up to it is the action ("Show your **solidarity …**").
  const sentence = firstSentence(plain);
  const fromBold = leading ?? (bold && sentence.includes(plainWords(bold)) ? sentence : undefined);
  const title = fitPlain(plainWords(fromBold ?? sentence), 120);
  if (isBlank(title.text)) return undefined;
  if (!leading)
    context.notes.guess(
      [...path, "title"],
      line,
      `title taken from ${bold ? "the sentence with the bold words" : "the first sentence"}; shorten it`,
    );
  const [kind, word] = kindOf(title.text, plain);
  const action: DraftAction = { id: ids.take(idFrom(title.text, 40, "action")), kind, title: title.text, body };
  context.notes.guess(
    [...path, "kind"],
    line,
    word ? `guessed from "${word}"; check` : "no verb recognised; choose the kind",
  );
  const link = LINK.exec(body);
  if (link?.[2] !== undefined) action.url = link[2];
  const via = viaOf(cited?.sources, body);
  if (via) action.via = via;
  return action;
}

function kindOf(title: string, text: string): [ActionKind, string | undefined] {
  for (const source of [title, text]) {
    for (const [kind, re] of KINDS) {
      const match = re.exec(source);
      if (match) return [kind, match[0]];
    }
  }
  return ["other", undefined];
}

function viaOf(cited: DraftSource[] | undefined, body: string): DraftSource | undefined {
  if (cited?.[0]) return cited[0];
  const inline = INLINE_VIA.exec(body);
  if (!inline?.[1]) return undefined;
  return { name: inline[1], url: inline[2] ?? "#", ...(inline[3] ? { note: inline[3] } : {}) };
}
