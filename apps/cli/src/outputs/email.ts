import { buildEml, type Email, renderEmail } from "@belarusbrief/email";
import { forDocument } from "./document-error.js";
import type { Artifact, LoadedDocument, Output, OutputWarning, SiteSettings } from "./types.js";

/** Gmail clips a message whose HTML is larger than about 102 KB. */
const GMAIL_CLIP_BYTES = 102 * 1024;

/**
 * Per document: `email/<id>.html`, `email/<id>.txt` and `email/<id>.eml` (multipart, dated from the
 * document, Message-ID from its id and the site's host). Warns when Gmail would clip the HTML.
 */
export const emailOutput: Output = {
  name: "email",
  async build({ documents, site, progress }) {
    const artifacts: Artifact[] = [];
    const warnings: OutputWarning[] = [];
    for (const [i, loaded] of documents.entries()) {
      const doc = loaded.document;
      const email = await emailFor(loaded, site);
      const eml = await emlFor(loaded, site, email, fromAddress(site));
      const size = Buffer.byteLength(email.html);
      if (size > GMAIL_CLIP_BYTES) {
        const over = Math.ceil((size - GMAIL_CLIP_BYTES) / 1024);
        warnings.push({
          document: loaded,
          path: [],
          message: `the email HTML is ${Math.ceil(size / 1024)} KB, ${over} KB over Gmail's ~102 KB limit: Gmail will clip it; split the document or shorten its items`,
        });
      }
      const common = { document: doc.id, locale: doc.locale };
      artifacts.push(
        {
          kind: "email-html",
          path: `email/${doc.id}.html`,
          mediaType: "text/html; charset=utf-8",
          ...common,
          content: email.html,
        },
        {
          kind: "email-text",
          path: `email/${doc.id}.txt`,
          mediaType: "text/plain; charset=utf-8",
          ...common,
          content: email.text,
        },
        { kind: "eml", path: `email/${doc.id}.eml`, mediaType: "message/rfc822", ...common, content: eml },
      );
      progress(i + 1, documents.length, "Email");
    }
    return { artifacts, warnings };
  },
};

/** The rendered email of one document with the site's sending settings. */
export function emailFor(loaded: LoadedDocument, site: SiteSettings): Promise<Email> {
  return forDocument(loaded, () =>
    renderEmail(loaded.document, {
      preset: site.email.preset,
      unsubscribeUrl: site.email.unsubscribeUrl,
      archiveUrl: site.email.archiveUrl,
      assetBaseUrl: site.assetBaseUrl,
      baseUrl: site.baseUrl,
    }),
  );
}

/** The `.eml` of one document, dated from the document, with a Message-ID from its id. */
export function emlFor(loaded: LoadedDocument, site: SiteSettings, email: Email, to: string): Promise<string> {
  const doc = loaded.document;
  const oneClick = site.email.unsubscribeUrl?.startsWith("https://") ? site.email.unsubscribeUrl : undefined;
  return buildEml(email, {
    from: fromAddress(site),
    to,
    date: `${doc.date}T00:00:00Z`,
    messageId: `${doc.id}@${new URL(site.baseUrl).hostname}`,
    ...(oneClick ? { listUnsubscribe: oneClick } : {}),
  });
}

/** The From address: the settings' `email.from`, else the author's address, else newsletter@ the site's host. */
export function fromAddress(site: SiteSettings): string {
  const host = new URL(site.baseUrl).hostname;
  return (
    site.email.from ??
    (site.author.email ? `${site.title} <${site.author.email}>` : `${site.title} <newsletter@${host}>`)
  );
}
