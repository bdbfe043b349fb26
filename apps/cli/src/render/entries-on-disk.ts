import { closeSync, openSync, readSync, rmSync, writeSync } from "node:fs";
import { join } from "node:path";
import type { EntryStore } from "./render-outputs.js";

const CHUNK = 1 << 20;
const NEWLINE = 0x0a;

/**
 * Collection entries kept in a temporary folder as lines of JSON until every document is through,
 * so that a build of any size holds none of them in memory. Each entry comes back as its JSON
 * round trip, which is also what an entry kept between builds is.
 */
export class EntriesOnDisk {
  /** The temporary folder the entries are kept in, empty at first; {@link remove} removes it. */
  readonly folder: string;
  #count = 0;

  constructor(folder: string) {
    this.folder = folder;
  }

  /** A store of one output's entries. */
  store(): EntryStore {
    const path = join(this.folder, `${this.#count++}.jsonl`);
    const fd = openSync(path, "w");
    let pending: string[] = [];
    let size = 0;
    let open = true;
    const flush = () => {
      if (pending.length > 0) writeSync(fd, pending.join(""));
      pending = [];
      size = 0;
    };
    return {
      add(entry) {
        const line = `${JSON.stringify(entry)}\n`;
        pending.push(line);
        size += line.length;
        if (size >= CHUNK) flush();
      },
      entries() {
        if (open) {
          flush();
          closeSync(fd);
          open = false;
        }
        return readLines(path);
      },
    };
  }

  /** Removes the folder and everything in it. */
  remove(): void {
    rmSync(this.folder, { recursive: true, force: true });
  }
}

/** Each line of a file of JSON lines, parsed, read a chunk at a time. */
function* readLines(path: string): Generator<unknown> {
  const fd = openSync(path, "r");
  try {
    const chunk = Buffer.alloc(CHUNK);
    let rest = Buffer.alloc(0);
    for (;;) {
      const read = readSync(fd, chunk, 0, CHUNK, null);
      if (read === 0) break;
      let data = Buffer.concat([rest, chunk.subarray(0, read)]);
      for (let end = data.indexOf(NEWLINE); end >= 0; end = data.indexOf(NEWLINE)) {
        yield JSON.parse(data.toString("utf8", 0, end));
        data = data.subarray(end + 1);
      }
      rest = Buffer.from(data);
    }
  } finally {
    closeSync(fd);
  }
}
