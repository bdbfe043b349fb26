import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { type Document, formatProblem, loadDocument } from "@belarusbrief/core";

const FIXTURES = new URL("../fixtures/", import.meta.url);
const REPO = new URL("../../../", import.meta.url);

/** The shared fixtures: `minimal`, `full-*` (one per document kind), `hostile`, `belarusian`. */
export const FIXTURE_NAMES = [
  "minimal",
  "full-brief",
  "full-press-release",
  "full-statement",
  "full-appeal",
  "full-news-item",
  "hostile",
  "belarusian",
] as const;
export type FixtureName = (typeof FIXTURE_NAMES)[number];

/** Loads a fixture through the real loader; throws with every problem if it does not validate. */
export function fixture(name: FixtureName): Document {
  return loadFile(new URL(`${name}.yaml`, FIXTURES).pathname);
}

/** Every fixture, by name. */
export function fixtures(): Record<FixtureName, Document> {
  return Object.fromEntries(FIXTURE_NAMES.map((name) => [name, fixture(name)])) as Record<FixtureName, Document>;
}

/** The team's real documents from `apps/newsletter/content`, keyed by path relative to that folder. */
export function seedDocuments(): Record<string, Document> {
  const root = new URL("apps/newsletter/content/", REPO).pathname;
  const out: Record<string, Document> = {};
  for (const file of yamlFiles(root)) out[relative(root, file)] = loadFile(file);
  return out;
}

function loadFile(path: string): Document {
  const result = loadDocument(readFileSync(path, "utf8"), path);
  if (!result.ok) throw new Error(`fixture ${path} is invalid:\n${result.errors.map(formatProblem).join("\n")}`);
  return result.document;
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return yamlFiles(path);
      return /\.ya?ml$/.test(entry.name) ? [path] : [];
    })
    .sort();
}
