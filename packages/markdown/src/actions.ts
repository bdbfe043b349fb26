import { type CallToAction, formatDate, isPlaceholderUrl, type Locale, type Source } from "@belarusbrief/core";
import { around, blockquote, join, sentence } from "./blocks.js";
import { citation, shows } from "./cite.js";
import type { Context } from "./context.js";
import { escapeText } from "./escape.js";
import { link } from "./link.js";
import { type Fragment, sanitize } from "./sanitize.js";

/**
 * A call to action: "**[Title](url)**. body Deadline: … (via …)", then recipients and the letter
 * text, one block quote per language. When the body already shows the title in full, as in the
 * seed ("**Write to political prisoners** on their birthdays…"), the title is not repeated and a
 * real address follows as a link named after the kind of action ("Sign").
 */
export function actionBlocks(ctx: Context, action: CallToAction, locale: Locale): string[] {
  const body = action.body ? sanitize(action.body) : undefined;
  const titled = !shows(body?.text, action.title);
  const title = titled ? sentence(`**${link(action.title, action.url)}**`, action.title) : "";
  const url = !titled && action.url && !isPlaceholderUrl(action.url) && !body?.markdown.includes(action.url);
  const act = url ? link(ctx.words.action[action.kind], action.url) : "";
  const deadline = action.deadline
    ? sentence(escapeText(ctx.words.deadline.replace("{date}", formatDate(action.deadline, ctx.locale))), "")
    : "";
  const via = action.via && !linked(body, action.via) ? [action.via] : [];
  const after = join(join(act, deadline), citation(ctx, via));
  const blocks = around(title, body, after);
  if (action.recipients?.length) {
    blocks.push(`**${escapeText(ctx.words.recipients)}:** ${action.recipients.map(escapeText).join(", ")}`);
  }
  for (const letter of action.letter ?? []) {
    const language =
      (action.letter?.length ?? 0) > 1 || letter.locale !== locale ? ` (${LANGUAGES[letter.locale]})` : "";
    blocks.push(`**${escapeText(ctx.words.letterText)}${language}:**`, blockquote([sanitize(letter.text).markdown]));
  }
  return blocks;
}

/** Whether the body already links the organisation by name (and says its note), as seed 000 does. */
function linked(body: Fragment | undefined, via: Source): boolean {
  if (!body?.linkTexts.some((text) => shows(text, via.name))) return false;
  return via.note === undefined || shows(body.text, via.note);
}

// Each language named in itself; core's message table has no language names.
const LANGUAGES: Record<Locale, string> = {
  en: "English",
  be: "беларуская",
  "be-tarask": "беларуская, тарашкевіца",
  "be-Latn": "biełaruskaja, łacinka",
  ru: "русский",
};
