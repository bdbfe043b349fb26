import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type PreviewState, refresh } from "../src/preview/state.js";
import { copyOfContent } from "./helpers.js";

/** Every file of a render, by path, as text. */
const files = (state: PreviewState) =>
  Object.fromEntries(
    [...state.artifacts.values()].map((a) => [
      a.path,
      typeof a.content === "string" ? a.content : Buffer.from(a.content).toString("hex"),
    ]),
  );

describe("preview refresh", () => {
  it("after edits, keeps the unchanged documents' share of the feeds and gives what a fresh render gives", async () => {
    const dir = copyOfContent();
    const content = join(dir, "content");
    const news = join(content, "news", readdirSync(join(content, "news")).sort().at(-1) ?? "");
    const edit = (title: string) =>
      writeFileSync(news, readFileSync(news, "utf8").replace(/^title: .*$/m, `title: ${title}`));
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      let state = await refresh([content], undefined);
      expect(state.failure).toBeUndefined();
      for (const title of ["Edited once in the preview", "Edited twice in the preview"]) {
        edit(title);
        state = await refresh([content], state);
        expect(state.failure).toBeUndefined();
        const fresh = await refresh([content], undefined);
        expect(files(state)).toEqual(files(fresh));
        expect(files(state)["feeds/news.all.rss.xml"]).toContain(title);
      }
    } finally {
      process.chdir(cwd);
    }
  }, 240_000);
});
