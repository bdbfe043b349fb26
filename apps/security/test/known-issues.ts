import type { Artifact } from "@belarusbrief/core";
import type { Marker } from "@belarusbrief/testkit";
import type { PrivacyViolation } from "../../cli/src/privacy/check-privacy.js";

/**
 * Bugs this suite found in an adapter or in core, reported and not yet fixed. Each has an
 * `it.fails` reproducer in known-issues.test.ts (which starts failing once the bug is fixed: then
 * delete the entry here and turn the reproducer into a plain `it`), and a tolerance as narrow as
 * the bug, so the property tests keep checking everything else of the same outputs.
 */
export interface KnownIssue {
  /** Package, file, and what happens. */
  what: string;
  /** Whether `problem`, found in `artifact`, is this bug and nothing else. */
  tolerates?: (problem: string, artifact: Artifact) => boolean;
  /**
   * Whether `violation`, found by the build's privacy check in `artifact`, is this bug and nothing
   * else; `check` runs the privacy check on another version of the artifact.
   */
  toleratesViolation?: (
    violation: PrivacyViolation,
    artifact: Artifact,
    check: (artifact: Artifact) => PrivacyViolation[],
  ) => boolean;
  /** Whether `marker`, not shown exactly in `visible` (the text of `artifact`), is lost to this bug and nothing else. */
  toleratesMissing?: (marker: Marker, visible: string, artifact: Artifact) => boolean;
}

export const KNOWN_ISSUES: readonly KnownIssue[] = [];

/** `problems` of `artifact` without those of a known issue. */
export function withoutKnownIssues(problems: readonly string[], artifact: Artifact): string[] {
  return problems.filter((p) => !KNOWN_ISSUES.some((issue) => issue.tolerates?.(p, artifact)));
}

/** Whether a violation the privacy check found in `artifact` is a known issue. */
export function violationOfKnownIssue(
  violation: PrivacyViolation,
  artifact: Artifact,
  check: (artifact: Artifact) => PrivacyViolation[],
): boolean {
  return KNOWN_ISSUES.some((issue) => issue.toleratesViolation?.(violation, artifact, check));
}

/** Whether a marker missing from `visible`, the text of `artifact`, is lost to a known issue. */
export function missingByKnownIssue(marker: Marker, visible: string, artifact: Artifact): boolean {
  return KNOWN_ISSUES.some((issue) => issue.toleratesMissing?.(marker, visible, artifact));
}

/**
 * Not BelarusBrief's: nodemailer splits a base64-encoded Subject into encoded words inside a UTF-8
 * sequence, so mail readers show U+FFFD; tolerated when the only difference is replacement characters.
 */
export function knownSubjectSplit(decoded: string, expected: string): string {
  if (!decoded.includes("\ufffd")) return decoded;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the range starts at U+0000 on purpose
  const strip = (s: string) => s.replace(/\ufffd|[^\u0000-\u07ff]/gu, "");
  return strip(decoded) === strip(expected) ? expected : decoded;
}
