import { readFileSync, statSync } from "node:fs";
import { MAX_INPUT_CHARACTERS } from "@belarusbrief/import";

/** The text of a file to import, or why it cannot be read as text (phrased as a fix). */
export type TextFile = { ok: true; text: string } | { ok: false; message: string };

/**
 * Reads a text file as UTF-8 (or UTF-16 with a byte-order mark, as some word processors save it).
 * Word documents, PDFs and other binary files are refused with a message saying how to export
 * their text; so are files larger than an import reads.
 */
export function readTextFile(path: string): TextFile {
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) return { ok: false, message: "is not a file" };
    size = stat.size;
  } catch {
    return { ok: false, message: "no such file" };
  }
  // Four bytes per character at most in UTF-8: anything larger cannot fit once decoded.
  if (size > MAX_INPUT_CHARACTERS * 4)
    return { ok: false, message: `is ${size} bytes, more than an import reads; split it into several files` };
  const bytes = readFileSync(path);
  const kind = binaryKind(bytes);
  if (kind) return { ok: false, message: `is ${kind}` };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: true, text: new TextDecoder("utf-16le").decode(bytes) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: true, text: new TextDecoder("utf-16be").decode(bytes) };
  if (bytes.includes(0))
    return { ok: false, message: "is not a text file (it contains NUL bytes); save it as plain text (.txt) first" };
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    return {
      ok: false,
      message:
        'is not UTF-8 text; save it as "Plain text, UTF-8" (in LibreOffice or Word: Save as… → Text, encoding UTF-8)',
    };
  }
}

function binaryKind(bytes: Uint8Array): string | undefined {
  const start = new TextDecoder("latin1").decode(bytes.subarray(0, 5));
  if (start.startsWith("PK\u0003\u0004"))
    return "a Word, OpenDocument or zip file; save it as plain text (.txt) or Markdown (.md) first";
  if (start.startsWith("%PDF")) return "a PDF; copy its text into a .txt file first";
  if (start.startsWith("{\\rtf")) return "a rich-text (.rtf) file; save it as plain text (.txt) first";
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf) return "an old Word (.doc) file; save it as plain text (.txt) first";
  return undefined;
}
