import type { Block } from "../blocks/block.js";
import { fitPlain, plainWords } from "../text/words.js";

/** How letters and petitions open, in the team's languages. */
const LETTER_START =
  /^(?:Dear\s|To the Honou?rable\s|I am writing\s|I'm writing\s|We are writing\s|We write\s|We, the undersigned|Шаноўн|Паважан|Уважаем)/iu;
// "sign the petition to your senator", "падпішыце петыцыю да Прэзідэнта Байдэна"; a second call
// joined by "and"/"і" is a call of its own.
const SIGN_CALL =
  /(?<![\p{L}])(падпішыце|подпишите|sign)\s+(?:the\s+|a\s+|our\s+|this\s+)?(петыцыю|петицию|petition|letter)(?:\s+(?:да|к|to)\s+([^.,;!?\n]+?))?(?=\s+(?:і|и|and)\s+(?:падпішыце|подпишите|sign)(?![\p{L}])|[.,;!?\n]|$)/giu;

/** A call to sign found in the text. */
export interface SignCall {
  /** The call as a title: "Падпішыце петыцыю да Прэзідэнта Байдэна". */
  title: string;
  /** To whom, in the words (and grammatical case) of the text. */
  recipient?: string;
}

/** Where the letter starts ("Dear …", "I am writing …"): its first block, up to the next heading. */
export function letterRange(blocks: readonly Block[]): { start: number; end: number } | undefined {
  const start = blocks.findIndex((b) => b.type === "paragraph" && LETTER_START.test(plainWords(b.text)));
  if (start < 0) return undefined;
  const heading = blocks.findIndex((b, i) => i > start && b.type === "heading");
  return { start, end: heading < 0 ? blocks.length : heading };
}

/** Every call to sign a petition or letter in a paragraph, in order. */
export function signCalls(text: string): SignCall[] {
  return [...plainWords(text).matchAll(SIGN_CALL)].flatMap((match) => {
    const title = fitPlain(match[0], 120);
    if (title.cut) return [];
    const recipient = match[3]?.trim();
    return [{ title: title.text.charAt(0).toUpperCase() + title.text.slice(1), ...(recipient ? { recipient } : {}) }];
  });
}
