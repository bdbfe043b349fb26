import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type Adapter, Site } from "@belarusbrief/core";
import { describe, expect, it, vi } from "vitest";
import { ADAPTERS, adapterEntry } from "../src/adapters.js";
import { noCache } from "../src/cache.js";
import { publish } from "../src/commands/build.js";
import { findContentFiles } from "../src/content/find-files.js";
import { loadContent } from "../src/content/load-content.js";
import { renderOutputs } from "../src/render/render-outputs.js";
import type { Settings } from "../src/settings.js";
import { CONTENT, REPO, tempDir } from "./helpers.js";

const PACKAGES = join(REPO, "packages");

function packageName(dir: string): string {
  return JSON.parse(readFileSync(join(PACKAGES, dir, "package.json"), "utf8")).name;
}

describe("the registry of outputs", () => {
  it("lists every package that exports an adapter, once, under the adapter's own name", async () => {
    const withAdapter: string[] = [];
    for (const dir of readdirSync(PACKAGES)) {
      if (!existsSync(join(PACKAGES, dir, "package.json"))) continue;
      const name = packageName(dir);
      const module = (await import(name)) as { adapter?: Adapter<unknown> };
      if (module.adapter) withAdapter.push(name);
    }
    expect(ADAPTERS.map((a) => a.package).sort()).toEqual(withAdapter.sort());
    for (const entry of ADAPTERS) expect((await entry.load()).name).toBe(entry.name);
  });

  it("has every output package run the shared conformance suite", () => {
    for (const dir of readdirSync(PACKAGES)) {
      if (!ADAPTERS.some((a) => existsSync(join(PACKAGES, dir, "package.json")) && a.package === packageName(dir)))
        continue;
      const tests = readdirSync(join(PACKAGES, dir, "test")).filter((f) => f.endsWith(".test.ts"));
      const calls = tests.some((f) =>
        readFileSync(join(PACKAGES, dir, "test", f), "utf8").includes("describeAdapter({"),
      );
      expect(calls, `${dir} runs describeAdapter`).toBe(true);
    }
  });
});

describe("a new output is one package, one registry line and one conformance call", () => {
  const example = join(REPO, "examples/agenda");

  it("builds the example adapter's files once its line is in the registry", async () => {
    const { documents } = loadContent(findContentFiles([CONTENT]));
    const settings: Settings = {
      site: Site.parse({ baseUrl: "https://belarus.example.org/" }),
      outputs: { agenda: { past: true } },
      shown: "belarusbrief.json",
      readFile: () => {
        throw new Error("no files");
      },
    };
    const { artifacts } = await renderOutputs(["agenda"], {
      documents,
      settings,
      cache: noCache,
      progress: () => {},
      adapters: [...ADAPTERS, adapterEntry("agenda", "@belarusbrief/example-agenda")],
    });
    expect(artifacts.map((a) => a.path)).toContain("agenda/2021-02.txt");
    expect(String(artifacts.find((a) => a.path === "agenda/2021-02.txt")?.content)).toContain(
      "March 25, 2021 · every year · 103rd anniversary: Freedom Day",
    );
    const out = join(tempDir(), "out");
    // The build's summary goes to standard output as JSON: kept out of the test log, and read.
    const printed: string[] = [];
    const write = vi.spyOn(process.stdout, "write").mockImplementation((chunk) => printed.push(String(chunk)) > 0);
    try {
      expect(publish(artifacts, settings.site, { out, json: true, fingerprint: "x", notes: [] })).toBe(0);
    } finally {
      write.mockRestore();
    }
    expect(JSON.parse(printed.join(""))).toMatchObject({ ok: true, artifacts: artifacts.length });
    const manifest = JSON.parse(readFileSync(join(out, "manifest.json"), "utf8"));
    expect(manifest.artifacts.map((a: { kind: string }) => a.kind)).toEqual(artifacts.map(() => "agenda"));
  });

  it("is shown in docs/writing-an-adapter.md exactly as it is", () => {
    const doc = readFileSync(join(REPO, "docs/writing-an-adapter.md"), "utf8");
    for (const file of ["src/index.ts", "test/agenda.test.ts"]) {
      const code = readFileSync(join(example, file), "utf8").trimEnd();
      expect(doc).toContain(`// examples/agenda/${file}\n${code}\n\`\`\``);
    }
    expect(readFileSync(join(example, "test/agenda.test.ts"), "utf8").match(/describeAdapter\(/g)).toHaveLength(1);
  });
});
