// Timing helpers: medians, whole-process runs with their CPU time and peak memory.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { BENCH } from "./paths.mjs";

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** A fresh temporary folder, removed by `cleanup()` at the end of the run. */
const temporary = [];
export function tempDir(label) {
  const dir = mkdtempSync(join(tmpdir(), `belarusbrief-bench-${label}-`));
  temporary.push(dir);
  return dir;
}
export function cleanup() {
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
}

const RUSAGE_HOOK = pathToFileURL(join(BENCH, "lib", "rusage-hook.mjs")).href;

/**
 * Runs `node <args>` as a child process and waits for it. Returns the wall time seen from here
 * (start-up included), the child's own CPU time and peak resident memory (recorded by a tiny
 * `--import` hook at exit), its stdout and exit code. With `sampleTree`, also the peak of the
 * summed proportional memory (PSS) of the child and everything it started, sampled every 100 ms.
 */
export async function runNode(args, { cwd, env, nodeOptions = [], sampleTree = false, treeCpu = false } = {}) {
  const dir = tempDir("rusage");
  const rusageFile = join(dir, "rusage.json");
  const timeFile = join(dir, "time.txt");
  const command = [process.execPath, "--import", RUSAGE_HOOK, ...nodeOptions, ...args];
  // GNU time reports the CPU time of the child and every descendant it reaped (Chromium's helpers too).
  const wrapped = treeCpu && HAS_TIME ? ["/usr/bin/time", "-f", "%U %S", "-o", timeFile, ...command] : command;
  const start = performance.now();
  const child = spawn(wrapped[0], wrapped.slice(1), {
    cwd,
    env: { ...process.env, ...env, BENCH_RUSAGE_FILE: rusageFile, NO_COLOR: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk) => {
    stdout += chunk;
  });
  child.stderr.on("data", (chunk) => {
    stderr += chunk;
  });
  let treePeakKB = 0;
  const timer = sampleTree
    ? setInterval(() => {
        treePeakKB = Math.max(treePeakKB, treeMemoryKB(child.pid));
      }, 100)
    : undefined;
  const code = await new Promise((resolve) => child.on("close", (c) => resolve(c)));
  const wallMs = performance.now() - start;
  if (timer) clearInterval(timer);
  if (code !== 0) throw new Error(`node ${args.join(" ")} exited with ${code}:\n${stderr.slice(-2000)}`);
  const usage = JSON.parse(readFileSync(rusageFile, "utf8"));
  return {
    wallMs,
    cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000,
    // Where the system cannot tell the peak of this process image alone, getrusage's (see the hook).
    maxRssKB: usage.peakRssKB ?? usage.maxRSS,
    treePeakKB: sampleTree ? treePeakKB : undefined,
    treeCpuMs: treeCpu && HAS_TIME ? treeCpuOf(timeFile) : undefined,
    stdout,
    stderr,
  };
}

export const HAS_TIME = existsSync("/usr/bin/time");

function treeCpuOf(file) {
  const [user, system] = readFileSync(file, "utf8").trim().split("\n").pop().split(" ").map(Number);
  return (user + system) * 1000;
}

/** Summed PSS (or RSS where PSS is unreadable) of `pid` and all its descendants, in KB. */
export function treeMemoryKB(pid) {
  const parents = new Map();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      parents.set(Number(entry), ppid);
    } catch {
      // The process ended between listing and reading.
    }
  }
  const tree = new Set([pid]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [child, parent] of parents) {
      if (tree.has(parent) && !tree.has(child)) {
        tree.add(child);
        grew = true;
      }
    }
  }
  let total = 0;
  for (const p of tree) {
    try {
      const rollup = readFileSync(`/proc/${p}/smaps_rollup`, "utf8");
      total += Number(/^Pss:\s+(\d+)/m.exec(rollup)?.[1] ?? /^Rss:\s+(\d+)/m.exec(rollup)?.[1] ?? 0);
    } catch {
      try {
        total += Number(/^VmRSS:\s+(\d+)/m.exec(readFileSync(`/proc/${p}/status`, "utf8"))?.[1] ?? 0);
      } catch {
        // Gone.
      }
    }
  }
  return total;
}

/**
 * Runs `candidate` and `baseline` (async functions returning a number of ms) alternately:
 * `warmup` unrecorded pairs, then `rounds` recorded pairs, the order flipped every round so
 * neither always runs first. Returns both medians and the median of the per-round ratios.
 */
export async function alternate(candidate, baseline, { warmup = 1, rounds = 5 } = {}) {
  for (let i = 0; i < warmup; i++) {
    await candidate();
    await baseline();
  }
  const a = [];
  const b = [];
  for (let i = 0; i < rounds; i++) {
    if (i % 2 === 0) {
      a.push(await candidate());
      b.push(await baseline());
    } else {
      b.push(await baseline());
      a.push(await candidate());
    }
  }
  return {
    candidate: median(a),
    baseline: median(b),
    ratio: median(a.map((x, i) => b[i] / x)),
    samples: { candidate: a, baseline: b },
  };
}

/** Milliseconds of one call of `fn`. */
export async function timeOnce(fn) {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}
