import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import {
  type Document,
  formatProblem,
  loadDocument,
  type ResolvedDocument,
  type RichText,
  resolve,
  Site,
  type SiteInput,
} from "@belarusbrief/core";

const FIXTURES = new URL("../fixtures/", import.meta.url);
const REPO = new URL("../../../", import.meta.url);

/** The address the fixtures are resolved against. */
export const TEST_SITE: SiteInput = { baseUrl: "https://belarus.example.org/", title: "BelarusBrief" };

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

/** A document as the loader returns it: the document and its parsed Markdown fields. */
export interface Loaded {
  file: string;
  document: Document;
  text: ReadonlyMap<string, RichText>;
}

/** Loads a fixture through the real loader; throws with every problem if it does not validate. */
export function fixture(name: FixtureName): Document {
  return loadFixture(name).document;
}

/** A fixture with its parsed Markdown fields. */
export function loadFixture(name: FixtureName): Loaded {
  return loadFile(new URL(`${name}.yaml`, FIXTURES).pathname);
}

/** Every fixture, by name. */
export function fixtures(): Record<FixtureName, Document> {
  return Object.fromEntries(FIXTURE_NAMES.map((name) => [name, fixture(name)])) as Record<FixtureName, Document>;
}

/** A loaded document resolved for {@link TEST_SITE} (or `site`), as the CLI resolves it. */
export function resolveLoaded(loaded: Loaded, site: SiteInput = TEST_SITE): ResolvedDocument {
  const { baseUrl, pagesUrl, assetBaseUrl } = Site.parse(site);
  return resolve(loaded.document, { baseUrl, pagesUrl, ...(assetBaseUrl ? { assetBaseUrl } : {}), text: loaded.text });
}

/** A fixture resolved for {@link TEST_SITE}. */
export function resolvedFixture(name: FixtureName, site?: SiteInput): ResolvedDocument {
  return resolveLoaded(loadFixture(name), site);
}

/** The team's real documents from `apps/newsletter/content`, keyed by path relative to that folder. */
export function seedDocuments(): Record<string, Document> {
  return Object.fromEntries(Object.entries(loadSeeds()).map(([name, loaded]) => [name, loaded.document]));
}

/** The team's real documents with their parsed Markdown fields. */
export function loadSeeds(): Record<string, Loaded> {
  const root = new URL("apps/newsletter/content/", REPO).pathname;
  const out: Record<string, Loaded> = {};
  for (const file of yamlFiles(root)) out[relative(root, file)] = loadFile(file);
  return out;
}

function loadFile(path: string): Loaded {
  const result = loadDocument(readFileSync(path, "utf8"), path);
  if (!result.ok) throw new Error(`fixture ${path} is invalid:\n${result.errors.map(formatProblem).join("\n")}`);
  return { file: path, document: result.document, text: result.text };
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
