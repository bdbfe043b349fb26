import { type Artifact, defineAdapter, type RenderContext, type ResolvedDocument } from "@belarusbrief/core";
import { addressesOf } from "./addresses.js";
import { buildEml } from "./build-eml.js";
import { gmailClipWarning } from "./gmail-clip.js";
import { EmailOptions, type ResolvedEmailOptions } from "./options.js";
import { emailOf } from "./render-email.js";

/**
 * The email output: per document `email/<id>.html`, `email/<id>.txt` and `email/<id>.eml` (the
 * multipart message, dated from the document, its Message-ID `<id>@<host of baseUrl>`, with a
 * one-click `List-Unsubscribe` when `unsubscribeUrl` is https). Warns when Gmail would clip the HTML.
 */
export const adapter = defineAdapter<ResolvedEmailOptions>({
  name: "email",
  options: EmailOptions,
  renderDocument: (doc, context) => emailArtifacts(doc, context),
});

async function emailArtifacts(
  doc: ResolvedDocument,
  context: RenderContext<ResolvedEmailOptions>,
): Promise<Artifact[]> {
  const { options, site } = context;
  const email = emailOf(doc, options);
  const clipped = gmailClipWarning(email.html);
  if (clipped) context.warn({ document: doc.id, path: [], message: clipped });
  const { from, to } = addressesOf(options, site);
  const unsubscribe = options.unsubscribeUrl?.startsWith("https://") ? options.unsubscribeUrl : undefined;
  const eml = await buildEml(email, {
    from,
    to,
    date: `${doc.date.iso}T00:00:00Z`,
    messageId: `${doc.id}@${new URL(site.baseUrl).hostname}`,
    ...(unsubscribe ? { listUnsubscribe: unsubscribe } : {}),
  });
  const common = { document: doc.id, locale: doc.locale };
  return [
    {
      kind: "email-html",
      role: "email-html",
      path: `email/${doc.id}.html`,
      mediaType: "text/html; charset=utf-8",
      ...common,
      content: email.html,
    },
    {
      kind: "email-text",
      role: "email-text",
      path: `email/${doc.id}.txt`,
      mediaType: "text/plain; charset=utf-8",
      ...common,
      content: email.text,
    },
    {
      kind: "eml",
      role: "email-message",
      path: `email/${doc.id}.eml`,
      mediaType: "message/rfc822",
      ...common,
      content: eml,
    },
  ];
}
