import { fixture } from "@belarusbrief/testkit";
import { describe, expect, it } from "vitest";
import type { LoadedDocument } from "../../../apps/cli/src/outputs/types.js";
import { renderMarkdown } from "../src/index.js";

// The CLI's wiring imports the built package by name: run `npx tsup` in packages/markdown first.
const { markdownOutput } = await import("../../../apps/cli/src/outputs/markdown.js");

describe("the CLI's markdown output", () => {
  it("writes one Markdown file per document with its manifest facts", async () => {
    const docs = [fixture("full-brief"), fixture("belarusian")];
    const loaded = docs.map(
      (document): LoadedDocument => ({ document, file: "x.yaml", dir: ".", locate: () => ({ line: 1, column: 1 }) }),
    );
    const seen: number[] = [];
    const site = {
      baseUrl: "https://example.org/",
      title: "BelarusBrief",
      author: { name: "Team" },
      email: { preset: "none" as const },
    };
    const { artifacts } = await markdownOutput.build({
      documents: loaded,
      site,
      built: [],
      progress: (done) => void seen.push(done),
    });
    expect(artifacts.map(({ content: _, ...facts }) => facts)).toEqual([
      {
        kind: "markdown",
        path: "markdown/2030-01.md",
        mediaType: "text/markdown; charset=utf-8",
        document: "2030-01",
        locale: "en",
      },
      {
        kind: "markdown",
        path: "markdown/2030-03-be.md",
        mediaType: "text/markdown; charset=utf-8",
        document: "2030-03-be",
        locale: "be",
      },
    ]);
    expect(artifacts[1]?.content).toBe(await renderMarkdown(docs[1] as never));
    expect(seen).toEqual([1, 2]);
  });
});
