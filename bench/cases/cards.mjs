// Share images: warm time per size, 50 cards as a whole process against headless Chromium, peak
// memory, and a CLI rebuild with nothing changed.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { renderPng } from "@belarusbrief/social";
import { statisticCards, writeCards } from "../lib/cards.mjs";
import { alternate, HAS_TIME, median, runNode, tempDir, timeOnce } from "../lib/measure.mjs";
import { BENCH, CLI, CONTENT } from "../lib/paths.mjs";

const SATORI = join(BENCH, "children", "satori-cards.mjs");
const CHROMIUM_CHILD = join(BENCH, "children", "chromium-cards.mjs");
const TAKUMI_CHILD = join(BENCH, "children", "takumi-cards.mjs");
const MB = 1024;

export async function perCardWarm(add, { reps }) {
  const sizes = ["og", "square", "story"];
  const cards = statisticCards(sizes.length * (reps.cardWarmup + reps.cardWarm), 10_000);
  const times = Object.fromEntries(sizes.map((s) => [s, []]));
  let next = 0;
  // Round-robin over the sizes so a burst of load on the shared machine hits all three alike.
  for (let i = 0; i < reps.cardWarmup + reps.cardWarm; i++) {
    for (const size of sizes) {
      const card = cards[next++];
      const ms = await timeOnce(() => renderPng(card, { size, footer: "BelarusBrief" }));
      if (i >= reps.cardWarmup) times[size].push(ms);
    }
  }
  for (const size of sizes) {
    add({
      name: `cards: ${size} card, warm, in-process`,
      metric: `median ms per card (renderPng, ${reps.cardWarm} distinct statistic cards)`,
      value: round(median(times[size]), 1),
      unit: "ms",
    });
  }
}

export async function fiftyCards(add, { reps, chromium }) {
  const dir = tempDir("cards");
  const file = writeCards(dir, statisticCards(50));
  const satori = async () => (await runNode([SATORI, file, "50", "og"])).wallMs;
  if (!chromium.available) {
    const alone = [];
    for (let i = 0; i < reps.processRounds; i++) alone.push(await satori());
    add({
      name: "cards: 50 Open Graph cards, whole process",
      metric: "median wall time, start-up included (no browser baseline: Chromium missing)",
      value: round(median(alone) / 1000, 2),
      unit: "s",
      goal: "ratio ≥ 3 (not measured)",
      note: chromium.note,
    });
    return;
  }
  // Timed with GNU time (when present) so the CPU time of Chromium's helper processes counts too.
  const cpu = { satori: [], chromium: [] };
  const timed = (script, extra, list) => async () => {
    const run = await runNode([script, file, "50", ...extra], { treeCpu: true });
    if (run.treeCpuMs !== undefined) list.push(run.treeCpuMs);
    return run.wallMs;
  };
  const result = await alternate(timed(SATORI, ["og"], cpu.satori), timed(CHROMIUM_CHILD, [], cpu.chromium), {
    warmup: 1,
    rounds: reps.processRounds,
  });
  add({
    name: "cards: 50 Open Graph cards, whole process",
    metric: `median wall time, start-up included; baseline headless Chromium (playwright-core), ${reps.processRounds} alternating rounds; ratio = median of per-round Chromium/satori`,
    value: round(result.candidate / 1000, 2),
    baseline: round(result.baseline / 1000, 2),
    ratio: round(result.ratio, 2),
    unit: "s",
    goal: "ratio ≥ 3",
    met: result.ratio >= 3,
  });
  if (HAS_TIME) {
    const [a, b] = [median(cpu.satori), median(cpu.chromium)];
    add({
      name: "cards: 50 Open Graph cards, CPU time",
      metric:
        "median user+system CPU of the whole process tree (GNU time; includes warm-up runs); less sensitive than wall time to other load on the machine; ratio = Chromium/satori",
      value: round(a / 1000, 2),
      baseline: round(b / 1000, 2),
      ratio: round(b / a, 2),
      unit: "s",
    });
  }
  const ours = await runNode([SATORI, file, "50", "og"], { sampleTree: true });
  const theirs = await runNode([CHROMIUM_CHILD, file, "50"], { sampleTree: true });
  add({
    name: "cards: 50 Open Graph cards, memory",
    metric: "peak summed PSS of the process tree (sampled every 100 ms); baseline Chromium and its helper processes",
    value: round(ours.treePeakKB / MB, 0),
    baseline: round(theirs.treePeakKB / MB, 0),
    ratio: round(theirs.treePeakKB / ours.treePeakKB, 2),
    unit: "MB",
  });
}

/**
 * The same 50 cards against a native renderer of the same element trees, @takumi-rs/core: same
 * layout, size, texts and fonts. When it cannot load or render here, the row says why.
 */
export async function takumiCards(add, { reps }) {
  const name = "cards: 50 Open Graph cards, whole process, vs Takumi";
  const dir = tempDir("takumi");
  const file = writeCards(dir, statisticCards(50));
  const probe = await runNode([TAKUMI_CHILD, file, "1"]).catch((error) => ({ failed: error }));
  if (probe.failed) {
    // Node ends an uncaught error's output with its own version; the error's line says why.
    const lines = String(probe.failed.message).trim().split("\n");
    const reason = lines.find((line) => /Error\b|Cannot /.test(line)) ?? lines.at(-1);
    add({ name, metric: "not measured: @takumi-rs/core did not render here", value: null, unit: "s", note: reason });
    return;
  }
  const cpu = { satori: [], takumi: [] };
  const timed = (script, extra, list) => async () => {
    const run = await runNode([script, file, "50", ...extra], { treeCpu: true });
    if (run.treeCpuMs !== undefined) list.push(run.treeCpuMs);
    return run.wallMs;
  };
  const result = await alternate(timed(SATORI, ["og"], cpu.satori), timed(TAKUMI_CHILD, [], cpu.takumi), {
    warmup: 1,
    rounds: reps.processRounds,
  });
  const cpuNote = HAS_TIME
    ? `; CPU ${round(median(cpu.satori) / 1000, 2)} s vs ${round(median(cpu.takumi) / 1000, 2)} s (user+system, warm-up included)`
    : "";
  add({
    name,
    metric: `median wall time, start-up included; baseline @takumi-rs/core rendering the same element trees natively, ${reps.processRounds} alternating rounds; ratio = Takumi/satori${cpuNote}`,
    value: round(result.candidate / 1000, 2),
    baseline: round(result.baseline / 1000, 2),
    ratio: round(result.ratio, 2),
    unit: "s",
  });
}

export async function memory500(add) {
  const dir = tempDir("cards500");
  const file = writeCards(dir, statisticCards(500, 1000));
  const run = await runNode([SATORI, file, "500", "og"], { sampleTree: true });
  const peak = run.maxRssKB / MB;
  add({
    name: "cards: 500 Open Graph cards, peak memory",
    metric: `max RSS of one process drawing 500 distinct cards (took ${round(run.wallMs / 1000, 1)} s)`,
    value: round(peak, 0),
    unit: "MB",
    goal: "< 400 MB",
    met: peak < 400,
  });
}

export async function cliRebuild(add, { reps }) {
  const cold = [];
  const warm = [];
  const same = [];
  let artifacts = 0;
  let identical = true;
  for (let i = 0; i < reps.cliCards; i++) {
    // A fresh folder without node_modules: the CLI keeps its card cache in ./.belarusbrief-cache.
    const cwd = tempDir("rebuild");
    const build = (out) => runNode([CLI, "build", CONTENT, "--only", "cards", "--out", out, "--json"], { cwd });
    const first = await build("a");
    cold.push(first.wallMs);
    const second = await build("b");
    warm.push(second.wallMs);
    same.push((await build("a")).wallMs);
    artifacts = JSON.parse(first.stdout).artifacts;
    identical &&= sameBytes(join(cwd, "a"), join(cwd, "b"));
  }
  const c = median(cold);
  const w = median(warm);
  const s = median(same);
  add({
    name: "cards: CLI first build (empty cache)",
    metric: `median wall time of \`build --only cards\` of the bundled content (${artifacts} files), whole process`,
    value: round(c / 1000, 2),
    unit: "s",
  });
  add({
    name: "cards: CLI rebuild, nothing changed, new --out",
    metric: `every card from the cache; baseline the first build; ratio = first/rebuild; same bytes as the first build: ${identical ? "yes" : "NO"}`,
    value: round(w / 1000, 2),
    baseline: round(c / 1000, 2),
    ratio: round(c / w, 1),
    unit: "s",
  });
  add({
    name: "cards: CLI rebuild, nothing changed, same --out",
    metric: "the build sees an up-to-date manifest and writes nothing; baseline the first build; ratio = first/rebuild",
    value: round(s / 1000, 2),
    baseline: round(c / 1000, 2),
    ratio: round(c / s, 1),
    unit: "s",
  });
}

/** True when two build outputs list the same files with the same hashes. */
function sameBytes(a, b) {
  const list = (dir) =>
    JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8"))
      .artifacts.map((x) => `${x.path} ${x.sha256}`)
      .join("\n");
  return existsSync(join(a, "manifest.json")) && list(a) === list(b);
}

export function round(value, digits) {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
