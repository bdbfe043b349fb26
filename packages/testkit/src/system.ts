import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

/**
 * Whether a command-line checker is installed. Tests that need one run when it is there; in CI
 * (`CI` set), where `.ci/run` installs every checker, a missing one fails instead of skipping.
 */
export function hasTool(command: string, args: string[] = ["--version"]): boolean {
  const found = spawnSync(command, args, { stdio: "ignore" }).error === undefined;
  if (!found && process.env.CI) throw new Error(`${command} is not installed; .ci/run should install it`);
  return found;
}

/** Path of the Debian Chromium used by browser tests, or undefined when absent (an error in CI). */
export function chromiumPath(): string | undefined {
  const path = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (existsSync(path)) return path;
  if (process.env.CI) throw new Error(`Chromium not found at ${path}; .ci/run should install the chromium package`);
  return undefined;
}

/** Flags for headless Chromium on a closed network: no background connections, no sandbox as root. */
export const CHROMIUM_ARGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];
