import { spawnSync } from "node:child_process";
import { resolvedFixture } from "@belarusbrief/testkit";
import { Resvg } from "@resvg/resvg-js";
import { describe, expect, it } from "vitest";
import { cardsFor, renderPng, renderSvg } from "../src/index.js";
import { encodePng } from "../src/png.js";

/** The pixels of a PNG as resvg's own PNG decoder reads them: the image drawn 1:1 on a transparent canvas. */
function decode(png: Uint8Array, width: number, height: number): Uint8Array {
  const href = `data:image/png;base64,${Buffer.from(png).toString("base64")}`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><image href="${href}" width="${width}" height="${height}"/></svg>`;
  return new Resvg(svg, { imageRendering: 1 }).render().pixels;
}

function colourType(png: Uint8Array): number {
  return png[25] as number;
}

describe("PNG encoding", () => {
  it("stores a card as RGB with exactly the pixels resvg drew", async () => {
    const card = cardsFor(resolvedFixture("full-brief"))[0];
    if (!card) throw new Error("no card");
    const { png, width, height } = await renderPng(card);
    const drawn = new Resvg(await renderSvg(card), { font: { loadSystemFonts: false } }).render().pixels;
    expect(colourType(png)).toBe(2);
    expect(Buffer.from(decode(png, width, height)).equals(Buffer.from(drawn))).toBe(true);
  });

  it("keeps the alpha channel of pixels that are not opaque", async () => {
    const [width, height] = [3, 2];
    const pixels = new Uint8Array(width * height * 4).fill(255);
    pixels.set([200, 10, 20, 0], 4);
    pixels.set([0, 0, 0, 0], 8);
    const png = await encodePng(pixels, width, height);
    expect(colourType(png)).toBe(6);
    const back = decode(png, width, height);
    expect([...back.subarray(0, 4)]).toEqual([255, 255, 255, 255]);
    expect(back[7]).toBe(0);
    expect(back[11]).toBe(0);
  });

  // The four-pixels-at-a-time path needs a width of whole words and an aligned buffer; the byte
  // loop takes the rest. Both must give the same image.
  it.each([
    { width: 8, offset: 0 },
    { width: 7, offset: 0 },
    { width: 5, offset: 4 },
    { width: 8, offset: 1 },
  ])("stores opaque pixels exactly at width $width, byte offset $offset", async ({ width, offset }) => {
    const height = 3;
    const backing = new Uint8Array(offset + width * height * 4);
    const pixels = backing.subarray(offset);
    for (let i = 0; i < pixels.length; i++) pixels[i] = i % 4 === 3 ? 255 : (i * 37 + 11) % 256;
    const png = await encodePng(pixels, width, height);
    expect(colourType(png)).toBe(2);
    expect([...decode(png, width, height)]).toEqual([...pixels]);
  });

  // resvg's allocator reads its settings once, when the native module loads: only a fresh process
  // shows what it was given. It says so on stderr when asked to be verbose.
  it.each([
    { set: undefined, expected: "1000" },
    { set: "25", expected: "25" },
  ])("has resvg's allocator keep freed memory for a second (user's setting: $set)", ({ set, expected }) => {
    const card = cardsFor(resolvedFixture("full-brief"))[0];
    const program = `const { renderPng } = await import("@belarusbrief/social");
      await renderPng(JSON.parse(process.argv[1]));`;
    const env = { ...process.env, MIMALLOC_VERBOSE: "1", MIMALLOC_PURGE_DELAY: set };
    if (set === undefined) delete env.MIMALLOC_PURGE_DELAY;
    const run = spawnSync(process.execPath, ["--input-type=module", "-e", program, JSON.stringify(card)], {
      cwd: new URL("..", import.meta.url),
      env,
      encoding: "utf8",
    });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain(`option 'purge_delay': ${expected}\n`);
  });
});
