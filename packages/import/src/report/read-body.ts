import type { Block } from "../blocks/block.js";
import type { Context } from "../context.js";
import type { DraftLink, DraftRecommendation } from "../draft.js";
import { inlineTestimony, speakerOf } from "../text/quotes.js";
import { fitPlain, fromCapitals, plainWords } from "../text/words.js";
import { furtherReading, READING } from "./further-reading.js";
import { type Entry, type Pending, pending, type ReportKind } from "./pending.js";
import { recommendationIntro } from "./recommendation.js";

/** The text of a press release, statement or appeal after its title, read into sections. */
export interface Body {
  /** Paragraphs (and testimonies) before the first section. */
  intro: Entry[];
  sections: Pending[];
  links?: DraftLink[];
  /** The organisation making the demands, for a statement's author. */
  author?: string;
}

/**
 * Reads the blocks in order: headings and questions open sections; "Further reading:" turns what
 * follows into links; a sentence ending "… calls on X to:" before a list makes demands; a
 * paragraph ending "… told …:" before another makes a testimony, as does a quotation after the
 * colon; everything else is kept as text where it stands.
 */
export function readBody(blocks: readonly Block[], kind: ReportKind, context: Context): Body {
  const { notes } = context;
  const body: Body = { intro: [], sections: [] };
  let current: Pending | undefined;
  const open = (section: Pending) => {
    body.sections.push(section);
    current = section;
    return section;
  };
  const place = (entry: Entry) => (current ? current.entries.push(entry) : body.intro.push(entry));

  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as Block;
    const next = blocks[i + 1];
    const words = plainWords(block.text);
    if (block.type === "heading") {
      const heading = fitPlain(block.capitals ? fromCapitals(words, context.casing) : words);
      open(pending(block.line, { heading: heading.text, ...(block.capitals ? { capitals: true } : {}) }));
      continue;
    }
    if (block.type === "rule") continue;
    if (block.type === "paragraph" && READING.test(words)) {
      const end = blocks.findIndex((b, j) => j > i && b.type === "heading");
      const stop = end < 0 ? blocks.length : end;
      notes.dropped(block.line, `"${words}" left out: what follows is the document's links`);
      const earlier = body.links ?? [];
      body.links = [...earlier, ...furtherReading(blocks.slice(i + 1, stop), context, earlier.length)];
      i = stop - 1;
      continue;
    }
    if (block.type === "paragraph" && !block.text.includes("\n") && /\?$/.test(words) && words.length <= 200) {
      open(pending(block.line, { heading: words }));
      continue;
    }
    if (block.type === "paragraph" && /:$/.test(words) && next?.type === "list") {
      const rec = recommendationIntro(words, block.capitals === true, context.casing);
      if (rec) {
        const value: DraftRecommendation = {
          addressee: rec.addressee,
          intro: rec.intro,
          items: next.items ?? [next.text],
        };
        const section =
          current && (current.demands || !block.capitals) ? current : open(pending(block.line, { demands: true }));
        section.recommendations.push({ value, line: block.line });
        if (rec.by && kind === "statement") body.author ??= rec.by;
        i++;
        continue;
      }
    }
    if (block.type === "paragraph" && /:$/.test(words) && next?.type === "paragraph" && !next.capitals) {
      const speaker = speakerOf(words);
      if (speaker && !READING.test(plainWords(next.text)) && !/\?$/.test(plainWords(next.text))) {
        const line = block.line;
        place({
          kind: "item",
          item: { body: block.text, quote: { text: next.text, attribution: speaker } },
          line,
          note: (path) =>
            notes.guess(
              [...path, "quote", "attribution"],
              line,
              "the paragraph after this one, as a testimony; check who gave it",
            ),
        });
        i++;
        continue;
      }
    }
    const inline = block.type === "paragraph" ? inlineTestimony(block.text) : undefined;
    if (inline) {
      const line = block.line;
      place({
        kind: "item",
        item: { body: inline.intro, quote: inline.quote },
        line,
        note: (path) => notes.guess([...path, "quote", "attribution"], line, "the quotation and who gave it; check"),
      });
      continue;
    }
    if (block.type === "quote") {
      place({ kind: "item", item: { quote: { text: block.text } }, line: block.line });
      continue;
    }
    const text = block.type === "list" ? (block.items ?? []).map((item) => `- ${item}`).join("\n") : block.text;
    place({ kind: "text", text, line: block.line });
  }

  return body;
}
