import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { inflateSync } from "node:zlib";
import { SUBSETS, type Subset } from "./fonts.js";

/** Advance widths of one weight of the bundled fonts, in em, by code point; a character no subset has is absent. */
export type Advances = ReadonlyMap<number, number>;

const loaded = new Map<400 | 700, { advances: Advances; subsets: ReadonlyMap<number, Subset> }>();

/**
 * The advance widths of the bundled Noto Sans at `weight`, read once per process from the WOFF
 * files of the same @fontsource release the renderer draws with. For each character the first
 * subset that has it wins, in the order satori picks fonts from `FONT_FAMILY`.
 */
export function advances(weight: 400 | 700): Advances {
  return metricsOf(weight).advances;
}

/** The subset each character of the bundled fonts at `weight` is drawn from: the first that has it. */
export function subsetOf(weight: 400 | 700): ReadonlyMap<number, Subset> {
  return metricsOf(weight).subsets;
}

function metricsOf(weight: 400 | 700) {
  let known = loaded.get(weight);
  if (!known) {
    const advances = new Map<number, number>();
    const subsets = new Map<number, Subset>();
    for (const subset of SUBSETS) {
      for (const [code, advance] of readAdvances(fontFile(subset, weight))) {
        if (advances.has(code)) continue;
        advances.set(code, advance);
        subsets.set(code, subset);
      }
    }
    known = { advances, subsets };
    loaded.set(weight, known);
  }
  return known;
}

function fontFile(subset: string, weight: number): Buffer {
  const require = createRequire(import.meta.url);
  return readFileSync(require.resolve(`@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff`));
}

/** Code point → advance in em, from a WOFF 1.0 file's `head`, `hhea`, `hmtx` and `cmap` tables. */
function readAdvances(woff: Buffer): Map<number, number> {
  const tables = woffTables(woff);
  const head = table(tables, "head");
  const hhea = table(tables, "hhea");
  const hmtx = table(tables, "hmtx");
  const unitsPerEm = head.readUInt16BE(18);
  const metrics = hhea.readUInt16BE(34);
  const advanceOf = (glyph: number) => hmtx.readUInt16BE(4 * Math.min(glyph, metrics - 1)) / unitsPerEm;
  const out = new Map<number, number>();
  for (const [code, glyph] of cmapGlyphs(table(tables, "cmap"))) if (glyph !== 0) out.set(code, advanceOf(glyph));
  return out;
}

function woffTables(woff: Buffer): Map<string, Buffer> {
  if (woff.toString("latin1", 0, 4) !== "wOFF") throw new Error("[@belarusbrief/social] bundled font is not WOFF 1.0");
  const tables = new Map<string, Buffer>();
  for (let i = 0; i < woff.readUInt16BE(12); i++) {
    const entry = 44 + 20 * i;
    const offset = woff.readUInt32BE(entry + 4);
    const stored = woff.readUInt32BE(entry + 8);
    const length = woff.readUInt32BE(entry + 12);
    const data = woff.subarray(offset, offset + stored);
    tables.set(woff.toString("latin1", entry, entry + 4), stored < length ? inflateSync(data) : data);
  }
  return tables;
}

function table(tables: Map<string, Buffer>, tag: string): Buffer {
  const found = tables.get(tag);
  if (!found) throw new Error(`[@belarusbrief/social] bundled font has no ${tag} table`);
  return found;
}

/** Every code point the best Unicode subtable maps (format 12, else format 4), with its glyph. */
function cmapGlyphs(cmap: Buffer): Map<number, number> {
  const subtables = new Map<number, number>();
  for (let i = 0; i < cmap.readUInt16BE(2); i++) {
    const record = 4 + 8 * i;
    const platform = cmap.readUInt16BE(record);
    const encoding = cmap.readUInt16BE(record + 2);
    if (platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10))) {
      const offset = cmap.readUInt32BE(record + 4);
      subtables.set(cmap.readUInt16BE(offset), offset);
    }
  }
  const format12 = subtables.get(12);
  if (format12 !== undefined) return format12Glyphs(cmap, format12);
  const format4 = subtables.get(4);
  if (format4 !== undefined) return format4Glyphs(cmap, format4);
  throw new Error("[@belarusbrief/social] bundled font has no Unicode cmap");
}

function format12Glyphs(cmap: Buffer, at: number): Map<number, number> {
  const out = new Map<number, number>();
  for (let i = 0; i < cmap.readUInt32BE(at + 12); i++) {
    const group = at + 16 + 12 * i;
    const start = cmap.readUInt32BE(group);
    const end = cmap.readUInt32BE(group + 4);
    const glyph = cmap.readUInt32BE(group + 8);
    for (let code = start; code <= end; code++) out.set(code, glyph + code - start);
  }
  return out;
}

function format4Glyphs(cmap: Buffer, at: number): Map<number, number> {
  const out = new Map<number, number>();
  const segments = cmap.readUInt16BE(at + 6) / 2;
  const ends = at + 14;
  const starts = ends + 2 * segments + 2;
  const deltas = starts + 2 * segments;
  const rangeOffsets = deltas + 2 * segments;
  for (let s = 0; s < segments; s++) {
    const start = cmap.readUInt16BE(starts + 2 * s);
    const end = cmap.readUInt16BE(ends + 2 * s);
    const delta = cmap.readInt16BE(deltas + 2 * s);
    const rangeOffset = cmap.readUInt16BE(rangeOffsets + 2 * s);
    for (let code = start; code <= end && code !== 0xffff; code++) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (code + delta) & 0xffff;
      else {
        const raw = cmap.readUInt16BE(rangeOffsets + 2 * s + rangeOffset + 2 * (code - start));
        glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
      }
      out.set(code, glyph);
    }
  }
  return out;
}
