import type { ArtifactInfo, ResolvedDocument } from "@belarusbrief/core";

/** An image a post attaches, as the manifest lists it. */
export interface Image {
  path: string;
  alt: string;
  mediaType: string;
  width?: number;
  height?: number;
}

/** The shape a platform shows best: wide (Open Graph) or square (Instagram). */
export type Shape = "wide" | "square";

/** The share cards made for one document, each in the sizes it was drawn in. */
export interface DocumentCards {
  /** The card that stands for the document (its `og-image`), in every size. */
  cover: ArtifactInfo[];
  /** Every card by id, in the order the cards adapter made them; the cover first. */
  byId: Map<string, ArtifactInfo[]>;
}

/**
 * The cards of `doc` among the artifacts made before the posts, grouped by card: a card's sizes
 * are files `<card id>-<size>.<ext>` side by side. Empty when the build made no cards.
 */
export function documentCards(doc: ResolvedDocument, artifacts: readonly ArtifactInfo[]): DocumentCards {
  const byId = new Map<string, ArtifactInfo[]>();
  let coverId: string | undefined;
  for (const artifact of artifacts) {
    if (artifact.document !== doc.id || (artifact.role !== "card" && artifact.role !== "og-image")) continue;
    const id = cardId(artifact.path);
    byId.set(id, [...(byId.get(id) ?? []), artifact]);
    if (artifact.role === "og-image") coverId = id;
  }
  const cover = coverId === undefined ? [] : (byId.get(coverId) ?? []);
  if (coverId !== undefined) byId.delete(coverId);
  return { cover, byId: coverId === undefined ? byId : new Map([[coverId, cover], ...byId]) };
}

/** Of one card's sizes, the one for `shape`: square for Instagram, the Open Graph size for the rest. */
export function pickSize(sizes: readonly ArtifactInfo[], shape: Shape): Image | undefined {
  const ratio = (a: ArtifactInfo) => (a.width && a.height ? a.width / a.height : 0);
  const square = sizes.find((a) => ratio(a) === 1);
  const wide = sizes.find((a) => a.role === "og-image") ?? sizes.find((a) => ratio(a) > 1);
  const chosen = (shape === "square" ? (square ?? wide) : (wide ?? square)) ?? sizes[0];
  if (!chosen) return undefined;
  return {
    path: chosen.path,
    alt: chosen.alt ?? "",
    mediaType: chosen.mediaType,
    ...(chosen.width ? { width: chosen.width } : {}),
    ...(chosen.height ? { height: chosen.height } : {}),
  };
}

// `cards/2030-01/statistic-detained-og.png` → `statistic-detained`.
function cardId(path: string): string {
  const file = path.slice(path.lastIndexOf("/") + 1);
  return file.replace(/-[^-]+\.[^.]+$/, "");
}
