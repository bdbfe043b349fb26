/** A logo's data URI and its size scaled to `height`. */
export interface Logo {
  src: string;
  width: number;
  height: number;
}

/**
 * Reads a PNG or SVG logo from bytes (the caller reads the file). Throws a readable error for
 * anything else, so a JPEG or a corrupt file is caught before drawing.
 */
export function readLogo(bytes: Uint8Array, height: number): Logo {
  const png = pngSize(bytes);
  if (png) return { src: uri("image/png", bytes), height, width: Math.round((height * png.width) / png.height) };
  const text = new TextDecoder().decode(bytes);
  if (/<svg[\s>]/.test(text)) {
    const ratio = svgRatio(text);
    return { src: uri("image/svg+xml", bytes), height, width: Math.round(height * ratio) };
  }
  throw new Error("[@belarusbrief/social] logo must be the bytes of a PNG or SVG file");
}

function uri(type: string, bytes: Uint8Array): string {
  return `data:${type};base64,${Buffer.from(bytes).toString("base64")}`;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  if (bytes.length < 24 || PNG_SIGNATURE.some((b, i) => bytes[i] !== b)) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

function svgRatio(svg: string): number {
  const tag = /<svg[^>]*>/.exec(svg)?.[0] ?? "";
  const box = /viewBox="\s*[-\d.]+[\s,]+[-\d.]+[\s,]+([\d.]+)[\s,]+([\d.]+)/.exec(tag);
  const width = Number(box?.[1] ?? /\swidth="([\d.]+)/.exec(tag)?.[1]);
  const height = Number(box?.[2] ?? /\sheight="([\d.]+)/.exec(tag)?.[1]);
  return width > 0 && height > 0 ? width / height : 1;
}
