import type { Document } from "@belarusbrief/core";
import { FIXTURE_NAMES, fixture, seedDocuments } from "@belarusbrief/testkit";
import { type EmailOptionsInput, renderEmail } from "../src/index.js";

/** Options every test renders with: a real preset, relative links resolved against the site. */
export const OPTIONS: EmailOptionsInput = { preset: "mailchimp", baseUrl: "https://belarus.example.org/" };

/** Every fixture and seed document, keyed by a file-safe name. */
export function allDocuments(): [string, Document][] {
  const seeds = Object.entries(seedDocuments()).map(([path, doc]): [string, Document] => [
    `seed-${path.replace(/\.ya?ml$/, "").replaceAll("/", "_")}`,
    doc,
  ]);
  return [...FIXTURE_NAMES.map((name): [string, Document] => [name, fixture(name)]), ...seeds];
}

export const render = (doc: Document) => renderEmail(doc, OPTIONS);
