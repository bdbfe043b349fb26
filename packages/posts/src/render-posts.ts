import {
  type Artifact,
  type ArtifactInfo,
  FieldError,
  type FieldPath,
  type ResolvedDocument,
  shorten,
} from "@belarusbrief/core";
import { cardBlocks } from "./card-ids.js";
import { type DocumentCards, documentCards, type Image, pickSize } from "./card-images.js";
import { cardDraft } from "./compose/cards.js";
import { documentDraft } from "./compose/document.js";
import type { Draft } from "./compose/draft.js";
import { hashtags } from "./compose/hashtags.js";
import { tailUnit } from "./compose/tail.js";
import { PostSettings, type PostSettingsInput } from "./options.js";
import { PLATFORM } from "./platforms/index.js";
import type { PartContext, Platform } from "./platforms/platform.js";
import { splitPost } from "./split/split-post.js";

/**
 * The posts of one document on every platform in `settings`: the document's own post (a numbered
 * thread when it does not fit in one), then a short post per statistic with a source, upcoming
 * event and open call to action, each with its card when `cards` (the artifacts of the cards
 * output) has it. Every link is the document's page. A text that cannot fit throws a `FieldError`
 * naming the field.
 */
export function renderPosts(
  doc: ResolvedDocument,
  settings: PostSettingsInput = {},
  cards: readonly ArtifactInfo[] = [],
): Artifact[] {
  return postArtifacts(doc, parseSettings(settings), cards);
}

/** {@link renderPosts} with settings already checked: the adapter's render function. */
export function postArtifacts(
  doc: ResolvedDocument,
  options: PostSettings,
  cards: readonly ArtifactInfo[],
): Artifact[] {
  const found = documentCards(doc, cards);
  const drafts = [documentDraft(doc), ...cardBlocks(doc).map(cardDraft)];
  return options.platforms.flatMap((name) =>
    drafts.flatMap((draft) => platformPosts(doc, draft, PLATFORM[name], found, options)),
  );
}

function platformPosts(
  doc: ResolvedDocument,
  draft: Draft,
  platform: Platform,
  cards: DocumentCards,
  options: PostSettings,
): Artifact[] {
  const full = draft.full !== undefined && platform.fullText(doc);
  const tags = hashtags(doc.tags, draft.locale, Math.min(options.hashtags, platform.hashtags));
  const images = imagesOf(draft, platform, cards);
  const context = (index: number): PartContext => ({
    doc,
    locale: draft.locale,
    index,
    images: index === 0 ? images : [],
    options,
  });
  const tooLong = (path: FieldPath, index: number): never => {
    const { limit } = platform.write([], context(index));
    throw new FieldError(
      `[@belarusbrief/posts] this text does not fit in ${platform.maxParts === 1 ? "a" : "one"} ${platform.label} post of ${limit} characters as ${platform.label} counts them; shorten it${platform.maxParts === 1 ? "" : " or break it into sentences"}`,
      path,
      doc.id,
    );
  };
  const parts = splitPost(
    {
      head: draft.head,
      body: (full ? draft.full : draft.lede) ?? [],
      tail: [...(full ? [] : draft.foot), tailUnit(doc.url, draft.label, tags, platform)],
      budget: full ? Number.POSITIVE_INFINITY : draft.key ? 1 : platform.teaser(options),
      maxParts: platform.maxParts,
      locale: draft.locale,
    },
    (units, index) => platform.write(units, context(index)).fits,
    tooLong,
  );
  return parts.map((units, i) => {
    const written = platform.write(units, context(i));
    const suffix = `${draft.key ? `-${draft.key}` : ""}${parts.length > 1 ? `-${i + 1}` : ""}`;
    return {
      kind: "post",
      role: "post",
      path: `posts/${doc.id}/${platform.name}${suffix}.${platform.extension}`,
      mediaType: platform.mediaType,
      document: doc.id,
      locale: draft.locale,
      meta: {
        platform: platform.name,
        part: i + 1,
        of: parts.length,
        images: context(i).images.map((image) => ({ path: image.path, alt: image.alt })),
        count: written.count,
        limit: written.limit,
        language: draft.locale.split("-")[0],
      },
      content: written.content,
    };
  });
}

// The document's post shows its cover card (Instagram: every card, square, as a carousel); a
// card's post shows that card.
function imagesOf(draft: Draft, platform: Platform, cards: DocumentCards): Image[] {
  const { shape, max, altMax } = platform.images;
  const groups = draft.key
    ? [cards.byId.get(draft.key) ?? []]
    : shape === "square"
      ? [...cards.byId.values()]
      : [cards.cover];
  return groups
    .flatMap((sizes) => pickSize(sizes, shape) ?? [])
    .slice(0, max)
    .map((image) => ({ ...image, alt: shorten(image.alt, altMax) }));
}

function parseSettings(settings: PostSettingsInput): PostSettings {
  const result = PostSettings.safeParse(settings);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join(".") || "settings"} ${issue.message}`);
  throw new Error(`[@belarusbrief/posts] ${problems.join("; ")}`);
}
