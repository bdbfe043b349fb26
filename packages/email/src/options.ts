import { LOCALES } from "@belarusbrief/core";
import { z } from "zod";

/** Sending services whose merge tags the footer can carry. */
export const PRESETS = ["mailchimp", "buttondown", "listmonk", "brevo", "none"] as const;

const absolute = z.url({ protocol: /^https?$/, error: "must be an absolute https:// or http:// address" });

/** Options of `renderEmail`. */
export const EmailOptions = z
  .strictObject({
    /** Sending service whose unsubscribe and "view in browser" merge tags go in the footer. Default `none`. */
    preset: z.enum(PRESETS).default("none"),
    /** Unsubscribe address; required with preset `none`, overrides the preset's merge tag otherwise. */
    unsubscribeUrl: z.string().optional(),
    /** "View in browser" address; required with preset `none`, overrides the preset's merge tag otherwise. */
    archiveUrl: z.string().optional(),
    /** Where the team's own images are served from; without it the email loads no remote images at all. */
    assetBaseUrl: absolute.optional(),
    /** Public address of the site, for resolving relative links such as `/about`. */
    baseUrl: absolute.optional(),
    /** Language of the fixed words (footer, "Add to calendar"); default the document's. */
    locale: z.enum(LOCALES).optional(),
  })
  .superRefine((o, ctx) => {
    for (const key of ["unsubscribeUrl", "archiveUrl"] as const) {
      const value = o[key];
      if (value === undefined) {
        if (o.preset === "none")
          ctx.addIssue({
            code: "custom",
            path: [key],
            message: `preset "none" needs "${key}"; pass it or pick a preset such as "mailchimp"`,
          });
      } else if (!/^(https?:\/\/[^\s]+|mailto:[^@\s]+@[^@\s]+)$/i.test(value)) {
        ctx.addIssue({ code: "custom", path: [key], message: "must be an https://, http:// or mailto: address" });
      }
    }
  });

/** Options as passed by callers. */
export type EmailOptionsInput = z.input<typeof EmailOptions>;
/** Options after defaults are applied. */
export type ResolvedEmailOptions = z.output<typeof EmailOptions>;

/** Validates options, throwing one readable error prefixed with the package name. */
export function parseEmailOptions(input: unknown): ResolvedEmailOptions {
  const result = EmailOptions.safeParse(input ?? {});
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const path = issue.path.join(".");
    // A required-field message already names the field; others read better with it in front.
    return issue.message.startsWith("preset") || path === "" ? issue.message : `"${path}" ${issue.message}`;
  });
  throw new Error(`[@belarusbrief/email] ${problems.join("; ")}`);
}
