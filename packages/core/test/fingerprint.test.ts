import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { codeFingerprint } from "../src/fingerprint.js";

// Each case is a folder of its own: a fingerprint is read once per module and process.
function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "bb-fingerprint-"));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return pathToFileURL(join(root, "app", "dist", "index.js")).href;
}

const app = { "app/dist/index.js": "export const a = 1;", "app/dist/chunk-1.js": "export const b = 2;" };
// A library whose `exports` do not list its package.json, with a package.json of its own in lib/.
const library = (version: string) => ({
  "app/node_modules/lib/package.json": JSON.stringify({ name: "lib", version, exports: { ".": "./lib/main.js" } }),
  "app/node_modules/lib/lib/package.json": JSON.stringify({ type: "module" }),
  "app/node_modules/lib/lib/main.js": "export default 1;",
});

describe("codeFingerprint", () => {
  it("is the same for the same code, wherever it is installed", () => {
    expect(codeFingerprint(tree(app))).toBe(codeFingerprint(tree(app)));
  });

  it("changes with any code file next to the module, chunks included, but not with types or maps", () => {
    const before = codeFingerprint(tree(app));
    expect(codeFingerprint(tree({ ...app, "app/dist/chunk-1.js": "export const b = 3;" }))).not.toBe(before);
    expect(codeFingerprint(tree({ ...app, "app/dist/sub/chunk-2.js": "" }))).not.toBe(before);
    expect(codeFingerprint(tree({ ...app, "app/dist/index.d.ts": "x", "app/dist/index.js.map": "{}" }))).toBe(before);
  });

  it("changes with the version of a library, found above its entry by its name", () => {
    const of = { versions: ["lib"] };
    const one = codeFingerprint(tree({ ...app, ...library("1.0.0") }), of);
    expect(codeFingerprint(tree({ ...app, ...library("1.0.0") }), of)).toBe(one);
    expect(codeFingerprint(tree({ ...app, ...library("1.0.1") }), of)).not.toBe(one);
  });

  it("counts a package that is not installed as absent, without failing", () => {
    const without = codeFingerprint(tree(app), { code: ["lib"], versions: ["lib"] });
    const withIt = codeFingerprint(tree({ ...app, ...library("1.0.0") }), { code: ["lib"], versions: ["lib"] });
    expect(without).toMatch(/^[0-9a-f]{64}$/);
    expect(withIt).not.toBe(without);
  });

  it("changes with the code of a package named in `code`", () => {
    const of = { code: ["lib"] };
    const one = codeFingerprint(tree({ ...app, ...library("1.0.0") }), of);
    const changed = { ...library("1.0.0"), "app/node_modules/lib/lib/main.js": "export default 2;" };
    expect(codeFingerprint(tree({ ...app, ...changed }), of)).not.toBe(one);
  });
});
