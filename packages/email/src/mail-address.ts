import { z } from "zod";

/** One mailbox: an address and the name shown with it. */
export interface Mailbox {
  name?: string;
  address: string;
}

/**
 * One mailbox as written in the settings: `brief@belarus.example.org` or
 * `BelarusBrief <brief@belarus.example.org>` (a name with `,` `;` `:` in double quotes). Lists,
 * address groups (`team: a@x.org, b@x.org;`) and line breaks are refused, so a setting can never
 * add a recipient or a header to the message.
 */
export const MailboxText = z
  .string()
  .trim()
  .transform((text, ctx): Mailbox => {
    const found = parseMailbox(text);
    if (!found) {
      ctx.addIssue({
        code: "custom",
        message: `must be one address such as "BelarusBrief <brief@belarus.example.org>", not "${text.replace(/[\r\n]/g, "⏎")}"`,
      });
      return z.NEVER;
    }
    return found;
  });

/** The mailbox as a header shows it: `BelarusBrief <brief@belarus.example.org>`, `"Belarus, Brief" <…>`. */
export function formatMailbox(mailbox: Mailbox): string {
  if (!mailbox.name) return mailbox.address;
  // A name with a comma or other special character is quoted, or it would read as two addresses.
  const name = /[",;:<>@()[\]\\]/.test(mailbox.name) ? `"${mailbox.name.replace(/["\\]/g, "\\$&")}"` : mailbox.name;
  return `${name} <${mailbox.address}>`;
}

/** Whether a mailbox given as an object is one address whose name cannot end a header line. */
export function isMailbox(mailbox: Mailbox): boolean {
  return (
    !LINE_BREAK.test(mailbox.name ?? "") &&
    !LINE_BREAK.test(mailbox.address) &&
    Email.safeParse(mailbox.address).success
  );
}

function parseMailbox(text: string): Mailbox | undefined {
  if (LINE_BREAK.test(text)) return undefined;
  const named = /^(?:"((?:[^"\\]|\\.)*)"|([^"<>,;:@]*?))\s*<([^<>\s]+)>$/.exec(text);
  const address = named ? named[3] : text;
  if (!address || !Email.safeParse(address).success) return undefined;
  const name = named ? (named[1]?.replace(/\\(.)/g, "$1") ?? named[2] ?? "").trim() : "";
  return name ? { name, address } : { address };
}

const Email = z.email();
// A control character (CR, LF, tab…) or a Unicode line break could end a header line in some mailer.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused
const LINE_BREAK = /[\u0000-\u001f\u007f\u0085\u2028\u2029]/;
