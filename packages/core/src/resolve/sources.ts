import { merge } from "../rich/parse.js";
import type { Inline } from "../rich/types.js";
import type { Source } from "../schema/source.js";
import type { Context } from "./context.js";
import type { Phrase, ResolvedSource } from "./types.js";
import { emitUrl } from "./urls.js";

/** A source with an address that may be emitted. */
export function resolveSource(ctx: Context, source: Source): ResolvedSource {
  const url = emitUrl(source.url, ctx.pagesUrl);
  return {
    name: source.name,
    ...(url ? { url } : {}),
    ...(source.note ? { note: source.note } : {}),
    ...(source.locale ? { locale: source.locale } : {}),
  };
}

/** A source as a phrase: its name, linked when it has an address, then " — " and its note. */
export function sourcePhrase(source: ResolvedSource): Phrase {
  const text: Inline = { type: "text", value: source.name };
  const name: Inline = source.url
    ? { type: "link", url: source.url, ...(source.locale ? { hreflang: source.locale } : {}), children: [text] }
    : text;
  return source.note ? [name, { type: "text", value: ` — ${source.note}` }] : [name];
}

/** "via A, B — note": `word` and the sources; undefined without sources. */
export function citationOf(word: string, sources: readonly ResolvedSource[]): Phrase | undefined {
  if (sources.length === 0) return undefined;
  const out: Phrase = [{ type: "text", value: `${word} ` }];
  sources.forEach((source, i) => {
    if (i > 0) out.push({ type: "text", value: ", " });
    out.push(...sourcePhrase(source));
  });
  return merge(out);
}
