import type { Problem } from "@belarusbrief/core";

/** Problems that stop a build before anything is written: a field that cannot be rendered, a bad setting. */
export class BuildError extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map((p) => p.message).join("; "));
  }
}
