import type { ResolvedDocument, ResolvedEvent } from "@belarusbrief/core";
import type { BlockContent } from "mdast";
import { around } from "./around.js";
import { linked, plain, sentence, spaced, strong, text } from "./mdast.js";
import { note } from "./note.js";
import { linksTo, shows } from "./shows.js";

/**
 * A dated event: "March 25, 2021 · every year: **Freedom Day**. Location. description (via …)".
 * When the description already names the event, as in the seed ("Belarusians will celebrate
 * **Freedom Day**."), the title is not repeated and the event's address follows as "Read more".
 */
export function eventBlocks(doc: ResolvedDocument, event: ResolvedEvent): BlockContent[] {
  const named = shows(event.description, event.title);
  const title = named ? [] : sentence([strong(linked(event.url, [plain(event.title)]))], event.title);
  const location = event.location ? sentence([plain(event.location)], event.location) : [];
  const online = event.online ? linked(event.online, [text(doc.words.online)]) : [];
  const more =
    named && event.url && !linksTo(event.description, event.url) ? linked(event.url, [text(doc.words.readMore)]) : [];
  const before = spaced([text(`${event.when}:`)], title, named ? [] : location);
  const after = spaced(named ? location : [], online, more, note([event.citation]));
  return around(before, event.description, after);
}
