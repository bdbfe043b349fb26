import { z } from "zod";
import { LETTER_KINDS, PostalAddress } from "./address.js";
import { Id, IsoDate, Locale, list, Markdown, PlainText, Title, Url } from "./primitives.js";
import { Source } from "./source.js";

/** What a call to action asks the reader to do. */
export const ACTION_KINDS = [
  "sign",
  "write",
  "donate",
  "attend",
  "share",
  "contact-representative",
  "volunteer",
  "buy",
  "support",
  "read",
  "other",
] as const;
export const ActionKind = z.enum(ACTION_KINDS);
export type ActionKind = z.infer<typeof ActionKind>;

/** A text in one language, e.g. one version of a letter. */
export const LocalizedText = z.strictObject({ locale: Locale, text: Markdown });
export type LocalizedText = z.infer<typeof LocalizedText>;

/** Something readers can do: sign, write, donate, attend, share, contact a representative… */
export const CallToAction = z
  .strictObject({
    id: Id.optional(),
    kind: ActionKind,
    title: Title.meta({ description: 'The action in a few words, e.g. "Write to political prisoners".' }),
    body: Markdown.optional().meta({ description: "What to do and why, in Markdown." }),
    url: Url.optional().meta({ description: "Where to act." }),
    via: Source.optional().meta({ description: "Organisation running the action." }),
    deadline: IsoDate.optional(),
    recipients: list(PlainText, 50).optional().meta({ description: "Who the letter or petition goes to." }),
    letter: list(LocalizedText, 5)
      .optional()
      .meta({ description: "Letter or petition text, in one or more languages." }),
    addresses: list(PostalAddress, 50).optional().meta({
      description:
        "Where to post the letter, one address per recipient (write and contact-representative actions only).",
    }),
    locale: Locale.optional(),
  })
  .superRefine((action, ctx) => {
    if (action.addresses?.length && !(LETTER_KINDS as readonly string[]).includes(action.kind)) {
      ctx.addIssue({
        code: "custom",
        path: ["addresses"],
        input: action.addresses,
        message: `a postal address belongs to an action that asks readers to send a letter; change kind to ${LETTER_KINDS.join(" or ")}, or remove addresses`,
      });
    }
  })
  .meta({ id: "CallToAction", description: "Something readers can do, with where and how." });
export type CallToAction = z.infer<typeof CallToAction>;
