import type { Adapter, Artifact, ArtifactKind, ResolvedDocument } from "@belarusbrief/core";
import { describe, expect, it } from "vitest";
import { FIXTURE_NAMES, type FixtureName, loadFixture, loadSeeds, resolveLoaded } from "./fixtures.js";
import { type Marker, type MarkerKind, markersOf, type SpanMarker, spansOf } from "./markers.js";
import { type RenderSetup, renderContext, renderWith } from "./render.js";
import { type LanguageMark, normalizeText } from "./visible-text.js";

/** An adapter as the conformance suite sees it. */
export interface AdapterSuite<Options, Entry = unknown> extends RenderSetup {
  adapter: Adapter<Options, Entry>;
  /** Folder of the snapshot files (`new URL("__snapshots__/", import.meta.url)`). */
  snapshots: URL;
  /**
   * The artifacts stored as reviewed snapshot files, by kind, with the file extension of each
   * (`{ markdown: "md" }` → `full-brief.md`). Of several artifacts of a kind, the document's own
   * is taken, else the one in the document's language; a document given none has no snapshot.
   */
  snapshot: Partial<Record<ArtifactKind, string>>;
  /** The marker kinds every artifact of each kind shows (`{ ics: ["event"] }`). */
  shows: Partial<Record<ArtifactKind, readonly MarkerKind[]>>;
  /**
   * Kinds whose artifacts show a document together rather than each on its own (the parts of a
   * thread, the posts of several platforms): a fact must be in at least one of them.
   */
  together?: readonly ArtifactKind[];
  /** Which artifacts the suite looks at; default all (a site's index pages show titles only). */
  select?: (artifact: Artifact) => boolean;
  /** What a reader sees of one artifact, extracted with a real parser for its format. */
  visibleText: (artifact: Artifact, doc: ResolvedDocument) => string | Promise<string>;
  /** Markers the adapter leaves out on purpose although it shows their kind (say why at the call). */
  skip?: (marker: Marker, doc: ResolvedDocument) => boolean;
  /**
   * Outputs that can mark a language (HTML): the artifact kinds, and every element of an artifact
   * that states its language with its text, read with a real parser ({@link htmlLanguages}). Each
   * language span of the document must be such an element, in some artifact of each kind, title
   * fields (`richTitle`, `richHeading`, `richLead`, `richTagline`) included; `skip` names the
   * fields an output shows only where no language can be marked (say why at the call).
   */
  languages?: {
    kinds: readonly ArtifactKind[];
    marks: (artifact: Artifact) => LanguageMark[];
    skip?: (span: SpanMarker) => boolean;
  };
  /** Fixtures the adapter accepts; default all of them. */
  fixtures?: readonly FixtureName[];
  /** Whether the team's real documents are checked too; default true. */
  seeds?: boolean;
}

/**
 * The contract every adapter meets, run on every fixture: a reviewed snapshot, the same bytes on a
 * second render, the resolved input never mutated, and every fact of every block it shows present
 * in every artifact that shows it — checked field by field, on the fixtures and on the team's
 * real documents.
 */
export function describeAdapter<Options, Entry>(suite: AdapterSuite<Options, Entry>): void {
  const name = suite.adapter.name;
  describe(`${name} adapter conformance`, () => {
    for (const fixtureName of suite.fixtures ?? FIXTURE_NAMES) {
      describe(fixtureName, () => {
        const doc = () => resolveLoaded(loadFixture(fixtureName), suite.site);

        it("matches the reviewed snapshots", async () => {
          const resolved = doc();
          const artifacts = (await renderWith(suite.adapter, [resolved], suite)).artifacts.filter(
            suite.select ?? (() => true),
          );
          const kinds = Object.entries(suite.snapshot) as [ArtifactKind, string][];
          for (const [kind, extension] of kinds) {
            // A document with nothing of that kind (no dates for a calendar) gets no file and no snapshot.
            const artifact = pick(artifacts, kind, resolved);
            if (artifact === undefined) continue;
            await expect(text(artifact.content)).toMatchFileSnapshot(
              new URL(`${fixtureName}.${extension}`, suite.snapshots).pathname,
            );
          }
        });

        it("renders the same bytes twice", async () => {
          const first = await renderWith(suite.adapter, [doc()], suite);
          const second = await renderWith(suite.adapter, [doc()], suite);
          expect(second.artifacts.map(bytes)).toEqual(first.artifacts.map(bytes));
        });

        it("does not mutate its input", async () => {
          const resolved = deepFreeze(doc());
          await renderWith(suite.adapter, [resolved], suite);
          expect(resolved).toEqual(doc());
        });

        it("shows every fact of every block it shows", async () => {
          expect(await missing(suite, doc())).toEqual([]);
        });

        if (suite.adapter.collect)
          it("takes of the document, for its collection, what comes back the same from JSON", async () => {
            // A build keeps these entries on disk between runs: a Date, a Map or an undefined value
            // would come back different, and a later build would not match a full one.
            const { context } = renderContext(suite.adapter, suite);
            const entry = suite.adapter.collect?.(doc(), context);
            expect(JSON.parse(JSON.stringify(entry ?? null))).toStrictEqual(entry ?? null);
          });

        if (suite.languages)
          it("marks every span in another language with its language", async () => {
            expect(await unmarked(suite, doc())).toEqual([]);
          });
      });
    }
    if (suite.seeds !== false) {
      it("shows every fact of every block of the team's documents", async () => {
        const problems: string[] = [];
        for (const [file, loaded] of Object.entries(loadSeeds())) {
          for (const line of await missing(suite, resolveLoaded(loaded, suite.site))) problems.push(`${file}: ${line}`);
        }
        expect(problems).toEqual([]);
      });
    }
  });
}

async function missing<Options, Entry>(suite: AdapterSuite<Options, Entry>, doc: ResolvedDocument): Promise<string[]> {
  const artifacts = (await renderWith(suite.adapter, [doc], suite)).artifacts.filter(suite.select ?? (() => true));
  const markers = markersOf(doc).filter((marker) => !suite.skip?.(marker, doc));
  const out: string[] = [];
  for (const [kind, shown] of Object.entries(suite.shows) as [ArtifactKind, readonly MarkerKind[]][]) {
    const wanted = markers.filter((marker) => shown.includes(marker.kind));
    if (wanted.length === 0) continue;
    const ofKind = artifacts.filter((a) => a.kind === kind);
    if (ofKind.length === 0) {
      out.push(`no ${kind} artifact shows ${wanted.length} markers`);
      continue;
    }
    const groups = suite.together?.includes(kind) ? [ofKind] : ofKind.map((a) => [a]);
    for (const group of groups) {
      const texts = await Promise.all(group.map((a) => suite.visibleText(a, doc)));
      const visible = normalizeText(texts.join(" "));
      const where = group.length === 1 ? group[0]?.path : `every ${kind} of ${doc.id}`;
      for (const marker of wanted) {
        if (!visible.includes(marker.text)) out.push(`${where}: ${marker.where}: ${marker.text}`);
      }
    }
  }
  return out;
}

// The spans no element of an artifact of a kind carries with their language: `kind: be "Гомель"`.
async function unmarked<Options, Entry>(suite: AdapterSuite<Options, Entry>, doc: ResolvedDocument): Promise<string[]> {
  const languages = suite.languages;
  if (!languages) return [];
  const artifacts = (await renderWith(suite.adapter, [doc], suite)).artifacts.filter(suite.select ?? (() => true));
  const out: string[] = [];
  for (const kind of languages.kinds) {
    const marks = artifacts.filter((a) => a.kind === kind).flatMap((a) => languages.marks(a));
    for (const span of spansOf(doc).filter((s) => !languages.skip?.(s)))
      if (!marks.some((m) => m.lang === span.locale && normalizeText(m.text).includes(span.text)))
        out.push(`${kind}: ${span.where}: ${span.locale} "${span.text}"`);
  }
  return out;
}

function pick(artifacts: readonly Artifact[], kind: ArtifactKind, doc: ResolvedDocument): Artifact | undefined {
  const ofKind = artifacts.filter((a) => a.kind === kind);
  return ofKind.find((a) => a.document === doc.id) ?? ofKind.find((a) => a.locale === doc.locale) ?? ofKind[0];
}

function text(content: string | Uint8Array | undefined): string {
  return typeof content === "string" ? content : content ? Buffer.from(content).toString("base64") : "";
}

function bytes(artifact: Artifact): string {
  return `${artifact.path}\n${text(artifact.content)}`;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object") {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
