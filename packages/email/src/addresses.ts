import type { Site } from "@belarusbrief/core";
import type { Mailbox } from "./mail-address.js";
import type { ResolvedEmailOptions } from "./options.js";

/**
 * Sender and recipient of a document's `.eml`: the options' `from`, else the site's title with the
 * author's address, else with `newsletter@` the site's host; the options' `to`, else the sender.
 * A sending program uses them for the SMTP envelope too.
 */
export function addressesOf(
  options: Pick<ResolvedEmailOptions, "from" | "to">,
  site: Pick<Site, "baseUrl" | "title" | "author">,
): { from: Mailbox; to: Mailbox } {
  const from = options.from ?? {
    // The title is a header's display name here: one line.
    name: site.title.replace(/\s+/g, " "),
    address: site.author.email ?? `newsletter@${new URL(site.baseUrl).hostname}`,
  };
  return { from, to: options.to ?? from };
}
