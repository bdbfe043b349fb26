import { createHash } from "node:crypto";
import nodemailer, { type SendMailOptions } from "nodemailer";
import type { Email } from "./render-email.js";

/** Envelope fields of an `.eml`; `date` and `messageId` are given so the bytes never depend on the clock. */
export interface EmlOptions {
  from: string;
  to: string;
  /** One-click unsubscribe address (RFC 8058): adds `List-Unsubscribe` and `List-Unsubscribe-Post`. */
  listUnsubscribe?: string;
  /** `Date` header, e.g. the document's date. */
  date: Date | string;
  /** `Message-ID`, with or without angle brackets, e.g. `2021-02@belarus.example.org`. */
  messageId: string;
}

/**
 * Builds a multipart/alternative message (plain text, then HTML; UTF-8) with nodemailer, without
 * sending it. Text with much non-Latin script (Cyrillic) is sent base64, mostly Latin text
 * quoted-printable. MIME boundaries are derived from the content, so the same email gives the same bytes.
 */
export async function buildEml(email: Email, options: EmlOptions): Promise<string> {
  const messageId = options.messageId.replace(/^<?(.*?)>?$/, "<$1>");
  const date = typeof options.date === "string" ? new Date(options.date) : options.date;
  if (Number.isNaN(date.getTime()))
    throw new Error(
      `[@belarusbrief/email] "date" ${String(options.date)} is not a date; pass an ISO date such as 2021-02-28`,
    );
  const mail: SendMailOptions & { baseBoundary: string } = {
    from: options.from,
    to: options.to,
    subject: email.subject,
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
    ...(options.listUnsubscribe
      ? {
          // The two one-click headers of RFC 8058, written exactly as given.
          headers: {
            "List-Unsubscribe": { prepared: true, value: `<${oneClick(options.listUnsubscribe)}>` },
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
          },
        }
      : {}),
  };
  // The stream transport hands back the message instead of sending it; "windows" keeps MIME's CRLF.
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "windows" });
  const { message } = await transport.sendMail(mail);
  if (!Buffer.isBuffer(message)) throw new Error("[@belarusbrief/email] nodemailer returned a stream, not the message");
  return message.toString("utf8");
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
