import { LOCALES } from "@belarusbrief/core";
import { z } from "zod";
import { MailboxText } from "./mail-address.js";

/** Sending services whose merge tags the footer can carry; `none` uses your own addresses. */
export const PRESETS = ["mailchimp", "buttondown", "listmonk", "brevo", "none"] as const;

const FooterAddress = z
  .string()
  .trim()
  .regex(/^(https?:\/\/[^\s]+|mailto:[^@\s]+@[^@\s]+)$/i, { error: "must be an https://, http:// or mailto: address" });

/**
 * The email's settings: the `email` section of `belarusbrief.json`, and the options of
 * {@link renderEmail}. Every field has a default, except the footer addresses with preset `none`.
 */
export const EmailOptions = z
  .strictObject({
    /** Sending service whose unsubscribe and "view in browser" merge tags go in the footer. */
    preset: z.enum(PRESETS).default("mailchimp"),
    /** Unsubscribe address; required with preset `none`, replaces the preset's merge tag otherwise. An https:// one also goes into the `.eml`'s one-click `List-Unsubscribe` header (RFC 8058). */
    unsubscribeUrl: FooterAddress.optional(),
    /** "View in browser" address; required with preset `none`, replaces the preset's merge tag otherwise. */
    archiveUrl: FooterAddress.optional(),
    /** Sender of the `.eml`; default `<site title> <author email>`, else `<site title> <newsletter@host of baseUrl>`. */
    from: MailboxText.optional(),
    /** Recipient of the `.eml` (`send-test` sets it); default the sender. */
    to: MailboxText.optional(),
    /** Language of the email's own words (footer, "Upcoming dates", "Add to calendar"); default the document's. */
    locale: z.enum(LOCALES).optional(),
  })
  .superRefine((options, ctx) => {
    if (options.preset !== "none") return;
    for (const key of ["unsubscribeUrl", "archiveUrl"] as const) {
      if (options[key] === undefined)
        ctx.addIssue({
          code: "custom",
          path: [key],
          message: `preset "none" needs "${key}"; give your own address or pick a preset such as "mailchimp"`,
        });
    }
  });

/** Options as written. */
export type EmailOptionsInput = z.input<typeof EmailOptions>;
/** Options with defaults applied. */
export type ResolvedEmailOptions = z.output<typeof EmailOptions>;

/** Validates options, throwing one readable error prefixed with the package name. */
export function parseEmailOptions(input: unknown): ResolvedEmailOptions {
  const result = EmailOptions.safeParse(input ?? {});
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const path = issue.path.join(".");
    // A missing-address message already names the field; others read better with it in front.
    return issue.message.startsWith("preset") || path === "" ? issue.message : `"${path}" ${issue.message}`;
  });
  throw new Error(`[@belarusbrief/email] ${problems.join("; ")}`);
}
