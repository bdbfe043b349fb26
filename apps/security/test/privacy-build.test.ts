import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Artifact } from "@belarusbrief/core";
import { describe, expect, it } from "vitest";
import { checkPrivacy } from "../../cli/src/privacy/check-privacy.js";
import { copyOfContent, runCli } from "../../cli/test/helpers.js";

const TEXT = "markdown,email,feeds,calendar,posts,site";
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

  it("builds a source name written as an image without any image in the outputs", () => {
    // This once became an image for marked readers; the build's privacy check stopped it. The Markdown
    // adapter now escapes it; the check itself is tested in apps/cli/test/publish.test.ts.
    const dir = copyOfContent();
    writeFileSync(
      join(dir, "content", "news", "remote-image.yaml"),
      NEWS('source: { name: "![pixel](https://tracker.example/s.gif)", url: "https://example.org/" }\n'),
    );
    const { code, stderr } = runCli(["build", "content", "--out", "out", "--only", TEXT], { cwd: dir });
    expect(code, stderr).toBe(0);
    expect(checkPrivacy(written(join(dir, "out")), { baseUrl: "https://example.org/belarusbrief/" })).toEqual([]);
  });
});
