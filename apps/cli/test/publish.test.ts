import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Artifact } from "@belarusbrief/core";
import { afterEach, describe, expect, it, vi } from "vitest";
import { publish } from "../src/commands/build.js";
import { tempDir } from "./helpers.js";

const settings = { baseUrl: "https://belarus.example.org/" };
const page = (body: string): Artifact => ({
  kind: "page",
  role: "index-page",
  path: "site/index.html",
  mediaType: "text/html; charset=utf-8",
  content: `<!doctype html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`,
});

describe("the last step of a build", () => {
  afterEach(() => vi.restoreAllMocks());

  it("refuses an output that would load a resource from another host, naming it, and writes nothing", () => {
    const stderr = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    const out = join(tempDir(), "out");
    const code = publish([page('<img src="https://tracker.example/p.gif" alt="">')], settings, {
      out,
      json: false,
      fingerprint: "x",
      notes: [],
    });
    expect(code).toBe(1);
    const printed = stderr.mock.calls.map((c) => String(c[0])).join("");
    expect(printed).toMatch(/site\/index\.html: .*tracker\.example/);
    expect(printed).toMatch(/build stopped: 1 remote resource in the outputs; nothing was written/);
    expect(existsSync(out)).toBe(false);
  });

  it("writes outputs that load only from the site's own host", () => {
    vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    const out = join(tempDir(), "out");
    const own = page(
      '<img src="https://belarus.example.org/cards/a.png" alt="a"><a href="https://elsewhere.example/">a link is not a load</a>',
    );
    expect(publish([own], settings, { out, json: false, fingerprint: "x", notes: [] })).toBe(0);
    expect(readFileSync(join(out, "site/index.html"), "utf8")).toContain("cards/a.png");
  });
});
