import { createHash } from "node:crypto";
import libmime from "libmime";
import { createTransport, type SendMailOptions } from "nodemailer";
import { isMailbox, type Mailbox, MailboxText } from "./mail-address.js";
import type { Email } from "./render-email.js";

/** Envelope fields of an `.eml`; `date` and `messageId` are given so the bytes never depend on the clock. */
export interface EmlOptions {
  /** Sender: one address, `"BelarusBrief <brief@belarus.example.org>"` or `{ name, address }`. */
  from: string | Mailbox;
  to: string | Mailbox;
  /** One-click unsubscribe address (RFC 8058): adds `List-Unsubscribe` and `List-Unsubscribe-Post`. */
  listUnsubscribe?: string;
  /** `Date` header, e.g. the document's date. */
  date: Date | string;
  /** `Message-ID`, with or without angle brackets, e.g. `2021-02@belarus.example.org`. */
  messageId: string;
}

/**
 * Builds a multipart/alternative message (plain text, then HTML; UTF-8, CRLF line ends) with
 * nodemailer's stream transport, which composes the message without sending it. Text with much
 * non-Latin script (Cyrillic) is sent base64, mostly Latin text quoted-printable. MIME boundaries
 * are derived from the content, so the same email gives the same bytes.
 */
export async function buildEml(email: Email, options: EmlOptions): Promise<string> {
  const messageId = options.messageId.replace(/^<?(.*?)>?$/, "<$1>");
  const date = typeof options.date === "string" ? new Date(options.date) : options.date;
  if (Number.isNaN(date.getTime()))
    throw new Error(
      `[@belarusbrief/email] "date" ${String(options.date)} is not a date; pass an ISO date such as 2021-02-28`,
    );
  const subject = encodedSubject(email.subject);
  const mail: SendMailOptions & { baseBoundary: string } = {
    from: address(options.from, "from"),
    to: address(options.to, "to"),
    ...(subject ? {} : { subject: email.subject }),
    text: email.text,
    html: email.html,
    date,
    messageId,
    textEncoding: mostlyAscii(email.text) ? "quoted-printable" : "base64",
    // nodemailer draws the boundary from crypto.randomBytes unless given one.
    baseBoundary: createHash("sha256")
      .update(messageId)
      .update(email.text)
      .update(email.html)
      .digest("hex")
      .slice(0, 16),
    headers: {
      ...(subject ? { Subject: subject } : {}),
      ...(options.listUnsubscribe
        ? {
            "List-Unsubscribe": { prepared: true, value: `<${oneClick(options.listUnsubscribe)}>` },
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
          }
        : {}),
    },
  };
  const { message } = await TRANSPORT.sendMail(mail);
  return message.toString("utf8");
}

/**
 * The Subject header of a subject nodemailer would write as it is although mail programs would not
 * show it so: nodemailer encodes a header only when it holds a non-ASCII character or `"`, and
 * mail programs decode `=?charset?B|Q?…?=` in an unencoded header as an RFC 2047 encoded word
 * (line breaks and all). Such a subject is written wholly as encoded words, which decode to the
 * text as written; folded into lines of at most 78 characters like every header nodemailer encodes.
 */
function encodedSubject(subject: string): { prepared: boolean; value: string } | undefined {
  if (!subject.includes("=?")) return undefined;
  const value = libmime.encodeWord(subject, mostlyAscii(subject) ? "Q" : "B", 52);
  // `foldLines` is nodemailer's own option for a prepared header (lib/mime-node), not in its types.
  const header = { prepared: true, foldLines: true, value };
  return header;
}

// Composes into a buffer: nothing is sent, nothing is opened.
const TRANSPORT = createTransport({ streamTransport: true, buffer: true, newline: "windows" });

// A string is held to the same rule as the settings: one address, no line break, no group.
function address(value: string | Mailbox, key: "from" | "to"): SendMailOptions["from"] {
  let mailbox = value;
  if (typeof mailbox === "string") {
    const parsed = MailboxText.safeParse(mailbox);
    if (!parsed.success) throw new Error(`[@belarusbrief/email] "${key}" ${parsed.error.issues[0]?.message}`);
    mailbox = parsed.data;
  } else if (!isMailbox(mailbox)) {
    throw new Error(`[@belarusbrief/email] "${key}" must be one address with a name on one line`);
  }
  return { name: mailbox.name ?? "", address: mailbox.address };
}

function oneClick(url: string): string {
  const parsed = URL.canParse(url) ? new URL(url) : undefined;
  if (parsed?.protocol !== "https:")
    throw new Error(
      `[@belarusbrief/email] "listUnsubscribe" must be an https:// address for one-click unsubscribe (RFC 8058), not "${url}"`,
    );
  return parsed.href;
}

function mostlyAscii(text: string): boolean {
  let other = 0;
  for (const ch of text) if (ch.charCodeAt(0) > 127) other++;
  return other * 10 < text.length;
}
