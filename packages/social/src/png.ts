import { promisify } from "node:util";
import { crc32, deflate } from "node:zlib";

const deflateAsync = promisify(deflate);

/**
 * Encodes 8-bit RGBA pixels as PNG: as RGB when every pixel is opaque (a card always is), RGBA
 * otherwise. Done here rather than with resvg-js's `asPng`, which leaks native memory on every call
 * (https://github.com/yisibl/resvg-js/issues/216). Rows are stored unfiltered and compressed at
 * zlib level 3: on flat card artwork that is a third of level 6's time for about a third more
 * bytes, far below every platform's limit (measured).
 */
export async function encodePng(pixels: Uint8Array, width: number, height: number): Promise<Uint8Array> {
  const opaque = isOpaque(pixels);
  const raw = opaque ? rgbRows(pixels, width, height) : rgbaRows(pixels, width, height);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  // Bit depth 8; colour type 2 (RGB) or 6 (RGBA); deflate; no filter; not interlaced.
  header.set([8, opaque ? 2 : 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    // Compressed on libuv's thread pool, so the next card's layout can run meanwhile.
    chunk("IDAT", await deflateAsync(raw, { level: 3 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function isOpaque(pixels: Uint8Array): boolean {
  for (let i = 3; i < pixels.length; i += 4) if (pixels[i] !== 255) return false;
  return true;
}

// Each row starts with its filter type, 0 (none), which Buffer.alloc already wrote.
function rgbaRows(pixels: Uint8Array, width: number, height: number): Buffer {
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) raw.set(pixels.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  return raw;
}

function rgbRows(pixels: Uint8Array, width: number, height: number): Buffer {
  const raw = Buffer.alloc((width * 3 + 1) * height);
  let out = 0;
  let from = 0;
  for (let y = 0; y < height; y++) {
    out++;
    for (let x = 0; x < width; x++, from += 4) {
      raw[out++] = pixels[from] as number;
      raw[out++] = pixels[from + 1] as number;
      raw[out++] = pixels[from + 2] as number;
    }
  }
  return raw;
}

function chunk(type: string, data: Buffer): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, "latin1");
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}
