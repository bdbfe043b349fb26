import { existsSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EntriesOnDisk } from "../src/render/entries-on-disk.js";

describe("EntriesOnDisk", () => {
  it("gives back every entry in order, whole, across the chunks it reads, for each output apart", () => {
    const spill = new EntriesOnDisk(mkdtempSync(join(tmpdir(), "belarusbrief-entries-")));
    try {
      expect(readdirSync(spill.folder)).toEqual([]);
      const feeds = spill.store();
      const calendar = spill.store();
      // Entries of Cyrillic text (two bytes a letter) and odd sizes, so that lines and letters
      // fall across the 1 MiB chunks the store reads.
      const entries = Array.from({ length: 1200 }, (_, i) => ({
        i,
        text: "Гомель ".repeat(1 + ((i * 37) % 400)),
        emoji: "🇧🇾",
        nested: { list: [i, "\u2028", 'quote " and \\ back'] },
      }));
      for (const entry of entries) feeds.add(entry);
      calendar.add({ only: true });
      expect([...calendar.entries()]).toEqual([{ only: true }]);
      const back = [...feeds.entries()];
      expect(back.length).toBe(entries.length);
      expect(back).toEqual(entries);
      expect(Buffer.byteLength(JSON.stringify(entries))).toBeGreaterThan(2 * 1024 * 1024);
    } finally {
      spill.remove();
    }
    expect(existsSync(spill.folder)).toBe(false);
  });
});
