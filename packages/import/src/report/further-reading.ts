import type { Block } from "../blocks/block.js";
import type { Context } from "../context.js";
import type { DraftLink } from "../draft.js";
import { fitPlain, hasWords, plainWords } from "../text/words.js";

/** A line that opens a list of links: "Further reading:", "Read more:", "Links". */
export const READING = /^(further reading|read more|more information|useful links|links|see also|learn more)\s*:?$/iu;

const URL_ONLY = /^<?(https?:\/\/\S+?)>?$/u;
const TITLE_URL = /^(.+?)\s*[:–—-]?\s+<?(https?:\/\/\S+?)>?$/u;
const MARKDOWN_LINK = /^\[([^\]\n]+)\]\(([^)\s]+)\)\.?$/u;

/**
 * The blocks after "Further reading:" as links: a title on one line and its address on the next
 * (or after a space, or as a Markdown link). A title whose address is lost gets the placeholder
 * `#`, so `validate` keeps asking for it; an address without a title is its own title.
 */
export function furtherReading(blocks: readonly Block[], context: Context, firstIndex: number): DraftLink[] {
  const links: DraftLink[] = [];
  const lines = blocks.flatMap((block) =>
    (block.items ?? block.text.split(/\\?\n/)).map((text, i) => ({ text: text.trim(), line: block.line + i })),
  );
  let open: { link: DraftLink; line: number } | undefined;
  const close = () => {
    if (!open) return;
    if (open.link.url === "#")
      context.notes.guess(["links", firstIndex + links.length, "url"], open.line, "no address in the text; find it");
    links.push(open.link);
    open = undefined;
  };
  for (const { text, line } of lines) {
    if (text === "") continue;
    const url = URL_ONLY.exec(text)?.[1];
    if (url && open) {
      open.link.url = url;
      close();
      continue;
    }
    close();
    const markdown = MARKDOWN_LINK.exec(text);
    const titled = markdown ? null : TITLE_URL.exec(text);
    const title = fitPlain(plainWords(markdown?.[1] ?? titled?.[1] ?? url ?? text));
    if (!hasWords(title.text)) continue;
    const address = markdown?.[2] ?? titled?.[2] ?? url;
    open = { link: { title: title.text, url: address ?? "#" }, line };
    if (title.cut)
      context.notes.guess(["links", firstIndex + links.length, "title"], line, "shortened; check the title");
    if (address) close();
  }
  close();
  return links;
}
