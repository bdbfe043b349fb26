import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { missingFromLock } from "../scripts/check-lock.mjs";

type Lock = { lockfileVersion: number; packages: Record<string, Record<string, unknown>> };
const committed = (): Lock => JSON.parse(readFileSync(new URL("../package-lock.json", import.meta.url), "utf8"));

describe("package-lock.json", () => {
  it("holds every dependency, the other platforms' optional packages included", () => {
    expect(missingFromLock(committed())).toEqual([]);
  });

  it("is reported incomplete when another platform's package is missing", () => {
    const lock = committed();
    const platform = Object.keys(lock.packages).find((key) => key.startsWith("node_modules/@rollup/rollup-darwin-"));
    expect(platform).toBeDefined();
    delete lock.packages[platform as string];
    expect(missingFromLock(lock)).toEqual([
      expect.objectContaining({
        from: "node_modules/rollup",
        name: platform?.slice("node_modules/".length),
        optional: true,
      }),
    ]);
  });

  it("resolves a dependency as Node does: a nested copy first, then the hoisted one", () => {
    const lock: Lock = {
      lockfileVersion: 3,
      packages: {
        "": { dependencies: { a: "1" } },
        "node_modules/a": { dependencies: { b: "2", c: "1" } },
        "node_modules/a/node_modules/b": { optionalDependencies: { d: "1" } },
        "node_modules/b": {},
        "node_modules/c": { peerDependencies: { e: "1" }, peerDependenciesMeta: { e: { optional: true } } },
      },
    };
    expect(missingFromLock(lock)).toEqual([
      { from: "node_modules/a/node_modules/b", name: "d", range: "1", optional: true },
    ]);
  });
});
