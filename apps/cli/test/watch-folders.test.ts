import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { watchFolders } from "../src/preview/watch-folders.js";
import { tempDir } from "./helpers.js";

// Events arrive asynchronously: each step waits until the count moves, or fails after 5 s.
async function grows(count: () => number, from: number): Promise<void> {
  await expect.poll(count, { timeout: 5_000, interval: 20 }).toBeGreaterThan(from);
}

describe("watchFolders", () => {
  let close = () => {};
  afterEach(() => close());

  it("sees every save, also those that rename a new file over the old one", async () => {
    const dir = tempDir();
    const file = join(dir, "2021-02-brief.yaml");
    writeFileSync(file, "title: one\n");
    let seen = 0;
    ({ close } = watchFolders([dir], () => seen++));
    for (const round of [1, 2, 3]) {
      const before = seen;
      writeFileSync(join(dir, `.save-${round}`), `title: round ${round}\n`);
      renameSync(join(dir, `.save-${round}`), file);
      await grows(() => seen, before);
      await new Promise((done) => setTimeout(done, 100));
    }
    const before = seen;
    writeFileSync(file, "title: in place\n");
    await grows(() => seen, before);
  });

  it("watches a subfolder made while watching, and stops watching one removed", async () => {
    const dir = tempDir();
    let seen = 0;
    ({ close } = watchFolders([dir], () => seen++));
    mkdirSync(join(dir, "news"));
    await grows(() => seen, 0);
    await new Promise((done) => setTimeout(done, 100));
    let before = seen;
    writeFileSync(join(dir, "news", "item.yaml"), "title: new\n");
    await grows(() => seen, before);
    before = seen;
    rmSync(join(dir, "news"), { recursive: true });
    await grows(() => seen, before);
  });

  it("watches a root that is a file through its folder", async () => {
    const dir = tempDir();
    const file = join(dir, "one.yaml");
    writeFileSync(file, "a\n");
    let seen = 0;
    ({ close } = watchFolders([file], () => seen++));
    writeFileSync(join(dir, ".tmp"), "b\n");
    renameSync(join(dir, ".tmp"), file);
    await grows(() => seen, 0);
  });
});
