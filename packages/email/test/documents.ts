import type { ResolvedDocument } from "@belarusbrief/core";
import { FIXTURE_NAMES, loadSeeds, resolvedFixture, resolveLoaded } from "@belarusbrief/testkit";
import { type EmailOptionsInput, renderEmail } from "../src/index.js";

/** Options every test renders with: a real preset. */
export const OPTIONS: EmailOptionsInput = { preset: "mailchimp" };

/** Every fixture and seed document, resolved for the test site, keyed by a file-safe name. */
export function allDocuments(): [string, ResolvedDocument][] {
  const seeds = Object.entries(loadSeeds()).map(([path, loaded]): [string, ResolvedDocument] => [
    `seed-${path.replace(/\.ya?ml$/, "").replaceAll("/", "_")}`,
    resolveLoaded(loaded),
  ]);
  return [...FIXTURE_NAMES.map((name): [string, ResolvedDocument] => [name, resolvedFixture(name)]), ...seeds];
}

export const render = (doc: ResolvedDocument) => renderEmail(doc, OPTIONS);
