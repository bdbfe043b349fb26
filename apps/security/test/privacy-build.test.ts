import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Artifact } from "../../cli/src/outputs/types.js";
import { checkPrivacy } from "../../cli/src/privacy/check-privacy.js";
import { copyOfContent, runCli } from "../../cli/test/helpers.js";

const TEXT = "markdown,email,feeds,calendar,site";
const NEWS = (extra: string) =>
  `kind: news-item\nid: remote-image\nlocale: en\ntitle: Remote image\ndate: 2021-03-01\nbody: "Look ![pixel](https://tracker.example/p.gif) <img src='https://tracker.example/h.gif'>"\n${extra}`;

/** The artifacts a build wrote, read back from its manifest. */
function written(out: string): Artifact[] {
  const manifest = JSON.parse(readFileSync(join(out, "manifest.json"), "utf8")) as {
    artifacts: Omit<Artifact, "content">[];
  };
  return manifest.artifacts.map((a) => ({
    ...a,
    content: /\.png$/.test(a.path) ? new Uint8Array() : readFileSync(join(out, a.path), "utf8"),
  }));
}

describe("the privacy check runs on every build", () => {
  it("passes on the real content, and what was written loads nothing remote", () => {
    const dir = copyOfContent();
    const { code, stderr } = runCli(["build", "content", "--out", "out", "--only", TEXT], { cwd: dir });
    expect(code, stderr).toBe(0);
    expect(checkPrivacy(written(join(dir, "out")), { baseUrl: "https://example.org/belarusbrief/" })).toEqual([]);
  });

  it("a document embedding remote images still builds: every output neutralises them", () => {
    const dir = copyOfContent();
    writeFileSync(join(dir, "content", "news", "remote-image.yaml"), NEWS(""));
    const { code, stderr } = runCli(["build", "content", "--out", "out", "--only", TEXT], { cwd: dir });
    expect(code, stderr).toBe(0);
    expect(checkPrivacy(written(join(dir, "out")), { baseUrl: "https://example.org/belarusbrief/" })).toEqual([]);
  });

  it("fails the build, naming artifact, element and host, when an output would load a remote image", () => {
    // The Markdown adapter's known bug (known-issues.ts, KNOWN_MARKDOWN_IMAGE) lets a source name become an
    // image for marked; the build's check is what stops it. Once the adapter is fixed, this build passes.
    const dir = copyOfContent();
    writeFileSync(
      join(dir, "content", "news", "remote-image.yaml"),
      NEWS('source: { name: "![pixel](https://tracker.example/s.gif)", url: "https://example.org/" }\n'),
    );
    const { code, stderr } = runCli(["build", "content", "--out", "out", "--only", TEXT], { cwd: dir });
    if (code === 0) return;
    expect(code).toBe(1);
    expect(stderr).toContain(
      "markdown/remote-image.md: Markdown image would make readers' devices contact tracker.example (https://tracker.example/s.gif)",
    );
    expect(stderr).toMatch(/build stopped: 1 remote resource in the outputs; nothing was written/);
  });
});
