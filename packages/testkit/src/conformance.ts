import type { Document } from "@belarusbrief/core";
import { describe, expect, it } from "vitest";
import { FIXTURE_NAMES, type FixtureName, fixture } from "./fixtures.js";
import { MARKER_KINDS, type MarkerKind, markersOf } from "./markers.js";
import { normalizeText } from "./visible-text.js";

/** An adapter as the conformance suite sees it. */
export interface AdapterUnderTest<Output> {
  /** Package name, used in test titles. */
  name: string;
  /** Renders one document. */
  render: (doc: Document) => Promise<Output>;
  /** The output as stored in a snapshot file and compared byte for byte. Default: `String(output)`. */
  serialize?: (output: Output) => string;
  /** File extension of the snapshots, e.g. `md` or `rss.xml`. */
  extension: string;
  /** Folder for snapshot files (`new URL("__snapshots__/", import.meta.url)`). */
  snapshots: URL;
  /** What a reader sees of the output, extracted with a real parser for the format. */
  visibleText: (output: Output, doc: Document) => string | Promise<string>;
  /** Kinds of content this output shows; default: all of them. */
  covers?: readonly MarkerKind[];
  /** Fixtures this adapter accepts; default: all of them. */
  fixtures?: readonly FixtureName[];
}

/**
 * The contract every adapter meets: a reviewed snapshot per fixture, the same bytes on a second
 * render, the input never mutated, and every visible text of every covered kind present.
 */
export function describeConformance<Output>(adapter: AdapterUnderTest<Output>): void {
  const serialize = adapter.serialize ?? String;
  const covers = new Set(adapter.covers ?? MARKER_KINDS);
  describe(`${adapter.name} conformance`, () => {
    for (const name of adapter.fixtures ?? FIXTURE_NAMES) {
      describe(name, () => {
        it("matches the reviewed snapshot", async () => {
          const output = serialize(await adapter.render(fixture(name)));
          await expect(output).toMatchFileSnapshot(new URL(`${name}.${adapter.extension}`, adapter.snapshots).pathname);
        });

        it("renders the same bytes twice", async () => {
          const first = serialize(await adapter.render(fixture(name)));
          const second = serialize(await adapter.render(fixture(name)));
          expect(second).toBe(first);
        });

        it("does not mutate its input", async () => {
          const doc = deepFreeze(fixture(name));
          await adapter.render(doc);
          expect(doc).toEqual(fixture(name));
        });

        it("shows every text of the input", async () => {
          const doc = fixture(name);
          const visible = normalizeText(await adapter.visibleText(await adapter.render(doc), doc));
          const missing = markersOf(doc)
            .filter((marker) => covers.has(marker.kind))
            .filter((marker) => !visible.includes(marker.text))
            .map((marker) => `${marker.where}: ${marker.text}`);
          expect(missing).toEqual([]);
        });
      });
    }
  });
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object") {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
