import type { DraftQuote } from "../draft.js";
import { fitPlain } from "./words.js";

type Attribution = NonNullable<DraftQuote["attribution"]>;

const REPORTING =
  "told|tells|said|says|recalled|recalls|described|describes|explained|explains|wrote|writes|shared|shares|stated|states|added|adds|noted|notes|recounted|testified|remembered|observed|observes|observe|warned|warns|warn|reported|reports|report|concluded|concludes|stressed|stresses";
const QUOTED = /^([\s\S]*?)\s*[“"«„]([^“”"«»„]+)[”"»“]\s*([.!?]?)\s*$/u;
const INLINE = /^([\s\S]*?:)\s*[“"«„]([^“”"«»„]+)[”"»“]\s*([.!?]?)\s*$/u;

/** A paragraph that is a quotation and who said it: `Human rights organizations observe “…”`. */
export interface QuotedParagraph {
  quote: DraftQuote;
  /** The reporting verb left out of the attribution ("observe"), for the editor to check. */
  dropped?: string;
}

/**
 * Reads a paragraph that ends with a quotation as a quote: the words inside the quotation marks as
 * its text, the words before it (without a final reporting verb such as "observe") as who said it.
 */
export function quotedParagraph(text: string): QuotedParagraph | undefined {
  const match = QUOTED.exec(text);
  if (!match) return undefined;
  const [, before = "", inside = "", stop = ""] = match;
  if (!/\p{L}/u.test(inside)) return undefined;
  const quote: DraftQuote = { text: inside.trim() + (stop && !/[.!?…]$/u.test(inside.trim()) ? stop : "") };
  const verb = new RegExp(`\\s+(${REPORTING})[:,]?$`, "iu").exec(before.trim());
  const speaker = verb ? before.trim().slice(0, verb.index) : before.trim().replace(/[:,]$/, "");
  if (speaker !== "") {
    const attribution = attributionOf(speaker);
    if (attribution) quote.attribution = attribution;
  }
  return { quote, ...(verb?.[1] ? { dropped: verb[1] } : {}) };
}

/**
 * A paragraph whose quotation runs on after a colon ("… told Amnesty International: “Our mindset
 * has changed.”"): the words up to the colon, and the quotation with its speaker.
 */
export function inlineTestimony(text: string): { intro: string; quote: DraftQuote } | undefined {
  const match = INLINE.exec(text);
  if (!match) return undefined;
  const [, intro = "", inside = "", stop = ""] = match;
  const speaker = speakerOf(intro);
  if (!speaker || !/\p{L}/u.test(inside)) return undefined;
  const body = inside.trim() + (stop && !/[.!?…]$/u.test(inside.trim()) ? stop : "");
  return { intro: intro.trim(), quote: { text: body, attribution: speaker } };
}

/**
 * Who speaks in the sentence that introduces a testimony: "One trade unionist who … told Amnesty
 * International:" → anonymous, "a trade unionist who …"; "Katsyaryna Snytina, a medal winning
 * basketball player …, told …" → name and description. Undefined without a reporting verb.
 */
export function speakerOf(intro: string): Attribution | undefined {
  const sentences = intro.trim().split(/(?<=[.!?])\s+(?=[\p{Lu}“"])/u);
  const sentence = sentences.at(-1) ?? "";
  const verbs = [...sentence.matchAll(new RegExp(`\\s(?:${REPORTING})\\b`, "giu"))];
  const verb = verbs.at(-1);
  if (!verb || verb.index === undefined) return undefined;
  const before = sentence.slice(0, verb.index).trim();
  const as = /(?:^|[\s,])as\s+((?:one|a|an|the|another)\s.+)$/iu.exec(before);
  return attributionOf(as?.[1] ?? before);
}

function attributionOf(subject: string): Attribution | undefined {
  const clean = subject.replace(/\s+/g, " ").trim();
  if (clean === "") return undefined;
  const anonymous = /^(one|a|an|the|another|\d+|two|three)\s/iu.exec(clean);
  if (anonymous) {
    const first = anonymous[1] ?? "";
    const description = /^one$/i.test(first) ? `a${clean.slice(first.length)}` : lowerFirst(clean);
    return described({ anonymous: true }, description);
  }
  const named = /^(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3}),\s*([^,]+)/u.exec(clean);
  if (named?.[1]) return described({ name: named[1] }, named[2]?.trim());
  if (/^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3}$/u.test(clean)) return { name: fitPlain(clean).text };
  return described({}, clean);
}

function described(attribution: Attribution, description: string | undefined): Attribution | undefined {
  if (description) attribution.description = fitPlain(description).text;
  return attribution.name || attribution.description ? attribution : undefined;
}

/** "A nurse who …" → "a nurse who …"; a name stays as it is. */
function lowerFirst(text: string): string {
  return /^(A|An|The|One|Another)\s/u.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}
