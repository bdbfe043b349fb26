#!/usr/bin/env node
// The `belarusbrief` command. It runs the built CLI in dist/. The file is committed, not built, so
// that `npm install` in a clone of the repository links the command even before the first build
// (npm links no bin whose file does not exist yet, and `npx belarusbrief` would then look the name
// up on the registry); in a clone it builds dist/ first when it is missing.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const built = new URL("../dist/bin.js", import.meta.url);
const source = new URL("../src/bin.ts", import.meta.url);
const repository = new URL("../../../", import.meta.url);
const turbo = new URL("node_modules/turbo/bin/turbo", repository);

if (!existsSync(built)) {
  if (!existsSync(source) || !existsSync(turbo)) {
    process.stderr.write(
      `belarusbrief: ${fileURLToPath(built)} is missing; this installation is incomplete, reinstall the belarusbrief package\n`,
    );
    process.exit(3);
  }
  process.stderr.write("belarusbrief: building the command first (once, as npm run build would)…\n");
  const result = spawnSync(
    process.execPath,
    [fileURLToPath(turbo), "run", "build", "--filter=belarusbrief...", "--output-logs=errors-only"],
    // The build's own messages go to stderr so that stdout stays the command's (`--json`).
    { cwd: fileURLToPath(repository), stdio: ["ignore", 2, 2] },
  );
  if (result.status !== 0 || !existsSync(built)) {
    process.stderr.write(
      `belarusbrief: the build failed; run npm run build in ${fileURLToPath(repository)} to see why\n`,
    );
    process.exit(3);
  }
}
await import(built.href);
