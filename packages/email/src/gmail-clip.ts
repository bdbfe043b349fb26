/** Gmail clips a message whose HTML is larger than about 102 KB, hiding the rest behind a link. */
export const GMAIL_CLIP_BYTES = 102 * 1024;

/** The warning for an email Gmail would clip, or undefined when it fits. */
export function gmailClipWarning(html: string): string | undefined {
  const size = Buffer.byteLength(html);
  if (size <= GMAIL_CLIP_BYTES) return undefined;
  const over = Math.ceil((size - GMAIL_CLIP_BYTES) / 1024);
  return `the email HTML is ${Math.ceil(size / 1024)} KB, ${over} KB over Gmail's ~102 KB limit: Gmail will clip it; split the document or shorten its items`;
}
