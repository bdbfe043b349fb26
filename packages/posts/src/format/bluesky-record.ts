import { utf8Length } from "../count.js";
import type { Unit } from "../lines.js";
import { plainText, untab } from "./plain-text.js";

/**
 * The content id (CID) a Bluesky record gives an image it has not uploaded yet: the CID of zero
 * bytes (raw, SHA-256). The publishing command uploads each image listed in the post's
 * `meta.images` and puts the blob the server returns in its place, in the same order.
 */
export const PLACEHOLDER_BLOB_CID = "bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku";

/** An image a Bluesky post embeds. */
export interface BlueskyImage {
  alt: string;
  mediaType: string;
  width?: number;
  height?: number;
}

/**
 * An `app.bsky.feed.post` record: the text, a facet for each link and hashtag addressed by UTF-8
 * byte offsets, the languages, and the images with their alt text (blobs as placeholders, see
 * {@link PLACEHOLDER_BLOB_CID}). `createdAt` is the document's date; the publishing command sets
 * the moment it posts, and links the parts of a thread with `reply` as it creates them.
 */
export function blueskyRecord(
  units: readonly Unit[],
  post: { langs: string[]; createdAt: string; images: readonly BlueskyImage[] },
): { record: Record<string, unknown>; text: string } {
  const { text, spans } = plainText(units);
  const facets = spans.map(({ start, end, run }) => ({
    index: { byteStart: utf8Length(text.slice(0, start)), byteEnd: utf8Length(text.slice(0, end)) },
    features: [
      run.href
        ? { $type: "app.bsky.richtext.facet#link", uri: run.href }
        : { $type: "app.bsky.richtext.facet#tag", tag: run.tag },
    ],
  }));
  const record: Record<string, unknown> = {
    $type: "app.bsky.feed.post",
    text,
    createdAt: post.createdAt,
    langs: post.langs,
  };
  if (facets.length) record.facets = facets;
  if (post.images.length) {
    record.embed = {
      $type: "app.bsky.embed.images",
      images: post.images.map((image) => ({
        alt: untab(image.alt),
        image: { $type: "blob", ref: { $link: PLACEHOLDER_BLOB_CID }, mimeType: image.mediaType, size: 0 },
        ...(image.width && image.height ? { aspectRatio: { width: image.width, height: image.height } } : {}),
      })),
    };
  }
  return { record, text };
}
