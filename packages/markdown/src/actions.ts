import type { ResolvedAction, ResolvedAddress, ResolvedDocument, ResolvedSource } from "@belarusbrief/core";
import type { BlockContent, Paragraph, PhrasingContent } from "mdast";
import { around } from "./around.js";
import { fold, linked, paragraph, plain, sentence, spaced, strong, text } from "./mdast.js";
import { note } from "./note.js";
import { blocksOf } from "./rich.js";
import { linksTo, shows } from "./shows.js";

/**
 * A call to action: "**[Title](url)**. body Deadline: March 3, 2021. (via …)", then its recipients,
 * each language version of the letter as a block quote under its label, and each postal address as
 * a paragraph of lines joined by hard breaks, one per line of the envelope. When the body already
 * shows the title, as in the seed ("**Write to political prisoners** on their birthdays…"), the
 * title is not repeated and the address follows as a link named after the action ("Sign"). The
 * organisation is not cited again when the body links to it and shows its note.
 */
export function actionBlocks(doc: ResolvedDocument, action: ResolvedAction): BlockContent[] {
  const titled = !shows(action.body, action.title);
  const title = titled ? sentence([strong(linked(action.url, [plain(action.title)]))], action.title) : [];
  const act = !titled && action.url && !linksTo(action.body, action.url) ? linked(action.url, [text(action.verb)]) : [];
  const deadline = action.deadline ? sentence([text(action.deadline.phrase)], action.deadline.phrase) : [];
  const cited = action.via && linksVia(action, action.via) ? undefined : action.citation;
  const blocks = around(title, action.body, spaced(act, deadline, note([cited])));
  if (action.recipients.length) {
    const names = action.recipients.map(fold).join(", ");
    blocks.push(paragraph([strong([text(`${doc.words.recipients}:`)]), text(` ${names}`)]));
  }
  for (const letter of action.letters) {
    blocks.push(paragraph([strong([text(`${letter.label}:`)])]), {
      type: "blockquote",
      children: blocksOf(letter.text),
    });
  }
  for (const address of action.addresses) blocks.push(addressParagraph(address));
  return blocks;
}

/** "**Postal address:**" and the envelope's lines, each on its own line (hard breaks). */
function addressParagraph(address: ResolvedAddress): Paragraph {
  const lines = address.lines.flatMap((line): PhrasingContent[] => [{ type: "break" }, plain(line)]);
  return paragraph([strong([text(`${address.label}:`)]), ...lines]);
}

/** Whether the body already links to the organisation's address and shows its note. */
function linksVia(action: ResolvedAction, via: ResolvedSource): boolean {
  if (via.url === undefined || !linksTo(action.body, via.url)) return false;
  return via.note === undefined || shows(action.body, via.note);
}
