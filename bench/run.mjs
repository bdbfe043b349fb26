// npm run bench: measures share images, email and whole builds; prints a table and writes
// bench/results.json. Options: --quick (fewer repetitions, for trying changes), --only cards,email,build.
import { execFileSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { join } from "node:path";
import { archiveGrowth, archiveLarge, validateStartup } from "./cases/build.mjs";
import { cliRebuild, fiftyCards, memory500, perCardWarm, takumiCards } from "./cases/cards.mjs";
import { emailCases } from "./cases/email.mjs";
import { oneEdit, previewUpdate } from "./cases/incremental.mjs";
import { cleanup } from "./lib/measure.mjs";
import { BENCH, CHROMIUM, CLI, ROOT } from "./lib/paths.mjs";
import { printTable } from "./lib/table.mjs";

const args = process.argv.slice(2);
const quick = args.includes("--quick");
const only = args
  .find((a) => a.startsWith("--only="))
  ?.slice(7)
  .split(",") ?? ["cards", "email", "build"];

const REPS = quick
  ? {
      cardWarmup: 2,
      cardWarm: 5,
      processRounds: 2,
      cliCards: 1,
      emailWarmup: 3,
      emailRounds: 10,
      archive: { 12: 1, 120: 1, 1200: 1 },
      validate: 3,
      oneEdit: 2,
      preview: 2,
    }
  : {
      cardWarmup: 5,
      cardWarm: 15,
      processRounds: 5,
      cliCards: 1,
      emailWarmup: 10,
      emailRounds: 40,
      archive: { 12: 5, 120: 3, 1200: 1 },
      validate: 7,
      oneEdit: 2,
      preview: 3,
    };

if (!existsSync(CLI)) {
  console.error(`bench: ${CLI} is missing; build first (npm run build), or run npm run bench`);
  process.exit(1);
}

const started = performance.now();
const load = loadavg()[0];
const cases = [];
const add = (row) => {
  cases.push(row);
  const shown = row.baseline === undefined ? `${row.value} ${row.unit}` : `${row.value} vs ${row.baseline} ${row.unit}`;
  console.error(`  ${row.name}: ${shown}${row.ratio === undefined ? "" : ` (ratio ${row.ratio})`}`);
};
const step = async (label, fn) => {
  const t = performance.now();
  console.error(`▸ ${label}`);
  try {
    await fn();
  } catch (error) {
    // One broken case must not hide the others' results; the run still fails at the end.
    console.error(error);
    cases.push({ name: label, metric: `FAILED: ${String(error.message).split("\n")[0]}`, value: null, unit: "" });
    process.exitCode = 1;
  }
  console.error(`  (${((performance.now() - t) / 1000).toFixed(1)} s)`);
};

try {
  if (only.includes("cards")) {
    const chromium = ensureChromium();
    await step("share images: warm time per size", () => perCardWarm(add, { reps: REPS }));
    await step("share images: 50 cards, satori+resvg vs Chromium", () => fiftyCards(add, { reps: REPS, chromium }));
    await step("share images: 50 cards, satori+resvg vs Takumi", () => takumiCards(add, { reps: REPS }));
    await step("share images: 500 cards, peak memory", () => memory500(add));
    await step("share images: CLI rebuild", () => cliRebuild(add, { reps: REPS }));
  }
  if (only.includes("email")) await step("email: seed 000 vs MJML; sizes", () => emailCases(add, { reps: REPS }));
  if (only.includes("build")) {
    await step("whole build: 12, 120, 1,200 documents", () => archiveGrowth(add, { reps: REPS }));
    await step("whole build: 1,200 and 12,000 documents", () => archiveLarge(add));
    await step("build: one edit in 1,200 documents", () => oneEdit(add, { reps: REPS }));
    await step("preview: save to updated page", () => previewUpdate(add, { reps: REPS }));
    await step("validate: start-up and modules", () => validateStartup(add, { reps: REPS }));
  }
} finally {
  cleanup();
}

const seconds = (performance.now() - started) / 1000;
const results = {
  cases,
  environment: {
    node: process.version,
    cpus: cpus().length,
    cpu: cpus()[0]?.model,
    memoryGB: Math.round(totalmem() / 2 ** 30),
    loadAverageAtStart: Math.round(load * 100) / 100,
    loadAverageAtEnd: Math.round(loadavg()[0] * 100) / 100,
    quick,
    seconds: Math.round(seconds),
    date: new Date().toISOString(),
    commit: gitCommit(),
  },
};
writeFileSync(join(BENCH, "results.json"), `${JSON.stringify(results, null, 2)}\n`);
printTable(cases);
console.log(
  `\n${cases.length} results in ${seconds.toFixed(0)} s on ${cpus().length} CPUs (load average ${load.toFixed(2)} at start); written to bench/results.json`,
);

/** Chromium for the browser baseline: installed with scripts/install-checkers.sh when missing and we are root. */
function ensureChromium() {
  const path = CHROMIUM;
  if (existsSync(path)) return { available: true };
  if (process.getuid?.() === 0) {
    console.error(`▸ ${path} is missing: running scripts/install-checkers.sh`);
    try {
      execFileSync("bash", [join(ROOT, "scripts", "install-checkers.sh")], { stdio: "inherit" });
    } catch (error) {
      return { available: false, note: `installing Chromium failed (${error.message}); browser baseline skipped` };
    }
    if (existsSync(path)) return { available: true };
  }
  return {
    available: false,
    note: `no ${path} (run \`sudo bash scripts/install-checkers.sh\`); browser baseline skipped`,
  };
}

function gitCommit() {
  try {
    return execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: ROOT, encoding: "utf8" }).trim();
  } catch {
    return undefined;
  }
}
