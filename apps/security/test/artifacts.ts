import type { Artifact, ArtifactInfo } from "@belarusbrief/core";

/** An artifact as later adapters and the manifest see it: without its content. */
export function infoOf(artifact: Artifact): ArtifactInfo {
  const { content: _, ...info } = artifact;
  return info;
}

/** The artifacts of one role (the document's own ones first). */
export function byRole(artifacts: readonly Artifact[], role: string): Artifact[] {
  return artifacts.filter((a) => a.role === role);
}

/** The one artifact of `role` for the document `id`; throws when there is none. */
export function only(artifacts: readonly Artifact[], role: string, id: string): Artifact {
  const found = artifacts.filter((a) => a.role === role && a.document === id);
  if (found.length !== 1) throw new Error(`expected one ${role} artifact of ${id}, got ${found.length}`);
  return found[0] as Artifact;
}

/** The content of a text artifact. */
export function contentOf(artifact: Artifact): string {
  if (typeof artifact.content !== "string") throw new Error(`${artifact.path} is not text`);
  return artifact.content;
}
