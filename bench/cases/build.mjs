// Whole build: text outputs of synthetic archives of 12 to 12,000 documents as whole CLI
// processes, each cold (--no-cache); `validate` of one document (start-up cost) and which modules it loads.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { median, runNode, tempDir } from "../lib/measure.mjs";
import { BENCH, CLI, CONTENT, SEED_000 } from "../lib/paths.mjs";
import { writeArchive } from "../lib/synthetic.mjs";
import { round } from "./cards.mjs";

const TEXT_OUTPUTS = "markdown,email,feeds,calendar";
const IMAGE_MODULES = /\/(satori|@resvg\/resvg-js|resvg-js-[^/]+|yoga-wasm-web|@fontsource)\//;

export async function archiveGrowth(add, { reps }) {
  const sizes = [12, 120, 1200];
  const results = [];
  // One unrecorded run first: file-system caches and the CLI's own files warm up.
  const warmupDir = tempDir("archive-warmup");
  writeArchive(join(warmupDir, "content"), 12);
  await runNode([CLI, "build", "content", "--only", TEXT_OUTPUTS, "--out", "out", "--json"], { cwd: warmupDir });
  for (const size of sizes) {
    const cwd = tempDir(`archive-${size}`);
    const stats = writeArchive(join(cwd, "content"), size);
    const runs = [];
    for (let i = 0; i < reps.archive[size]; i++) {
      const args = ["build", "content", "--only", TEXT_OUTPUTS, "--out", `out-${i}`, "--json", "--no-cache"];
      const run = await runNode([CLI, ...args], { cwd });
      runs.push({ ...run, artifacts: JSON.parse(run.stdout).artifacts });
    }
    const r = {
      size,
      stats,
      wall: median(runs.map((x) => x.wallMs)),
      cpu: median(runs.map((x) => x.cpuMs)),
      rss: Math.max(...runs.map((x) => x.maxRssKB)),
      artifacts: runs[0].artifacts,
      n: runs.length,
    };
    results.push(r);
    add({
      name: `build: ${size} documents, text outputs`,
      metric: `median wall time of \`build --only ${TEXT_OUTPUTS} --no-cache\`, whole process, ${r.n} run${r.n === 1 ? "" : "s"} (${runs.map((x) => round(x.wallMs / 1000, 2)).join(", ")} s; ${stats.newsItems} news items + ${stats.sectionItems} section items, ${round(stats.bytes / 1024 / 1024, 2)} MB YAML → ${r.artifacts} files); CPU ${round(r.cpu / 1000, 2)} s`,
      value: round(r.wall / 1000, 2),
      unit: "s",
    });
    add({
      name: `build: ${size} documents, per document`,
      metric: `wall time of the ${size}-document build above divided by ${size} (CPU ${round(r.cpu / size, 2)} ms per document): text outputs ${TEXT_OUTPUTS}, loading and checks included`,
      value: round(r.wall / size, 2),
      unit: "ms",
    });
    add({
      name: `build: ${size} documents, peak memory`,
      metric: "max RSS of the CLI process",
      value: round(r.rss / 1024, 0),
      unit: "MB",
    });
  }
  for (let i = 1; i < results.length; i++) {
    const [a, b] = [results[i - 1], results[i]];
    const wall = b.wall / a.wall;
    const cpu = b.cpu / a.cpu;
    add({
      name: `build: growth ${a.size} → ${b.size} documents`,
      metric: `time(${b.size}) / time(${a.size}) for 10× the input, wall (CPU: ${round(cpu, 2)}×); baseline = ${a.size}-document time`,
      value: round(b.wall / 1000, 2),
      baseline: round(a.wall / 1000, 2),
      ratio: round(wall, 2),
      unit: "s",
      goal: "ratio ≤ 11",
      met: wall <= 11,
    });
  }
}

// 12,000 documents with every text output would take minutes; this pair leaves out the email, the
// costliest output per document (its per-document time is in the 1,200-document rows above).
const LARGE_OUTPUTS = "markdown,feeds,calendar";

/**
 * 1,200 and 12,000 documents, one cold run each, with {@link LARGE_OUTPUTS}: time per document,
 * growth, and peak memory, which must not grow with the archive.
 */
export async function archiveLarge(add) {
  const results = [];
  for (const size of [1200, 12000]) {
    const cwd = tempDir(`large-${size}`);
    const stats = writeArchive(join(cwd, "content"), size);
    const args = ["build", "content", "--only", LARGE_OUTPUTS, "--out", "out", "--json", "--no-cache"];
    const run = await runNode([CLI, ...args], { cwd });
    const r = {
      size,
      wall: run.wallMs,
      cpu: run.cpuMs,
      rss: run.maxRssKB,
      artifacts: JSON.parse(run.stdout).artifacts,
    };
    results.push(r);
    add({
      name: `build: ${size} documents, ${LARGE_OUTPUTS}`,
      metric: `wall time of one cold \`build --only ${LARGE_OUTPUTS} --no-cache\` (${round(stats.bytes / 1024 / 1024, 1)} MB YAML → ${r.artifacts} files); CPU ${round(r.cpu / 1000, 2)} s, ${round(r.wall / size, 2)} ms per document (CPU ${round(r.cpu / size, 2)} ms); max RSS ${round(r.rss / 1024, 0)} MB`,
      value: round(r.wall / 1000, 2),
      unit: "s",
    });
  }
  const [small, large] = results;
  const growth = large.wall / small.wall;
  add({
    name: `build: growth ${small.size} → ${large.size} documents, ${LARGE_OUTPUTS}`,
    metric: `time(${large.size}) / time(${small.size}), wall (CPU: ${round(large.cpu / small.cpu, 2)}×), outputs ${LARGE_OUTPUTS}`,
    value: round(large.wall / 1000, 2),
    baseline: round(small.wall / 1000, 2),
    ratio: round(growth, 2),
    unit: "s",
    goal: "ratio ≤ 11",
    met: growth <= 11,
  });
  const memory = large.rss / small.rss;
  add({
    name: `build: peak memory ${small.size} → ${large.size} documents, ${LARGE_OUTPUTS}`,
    metric: `max RSS of the ${large.size}-document build; baseline that of the ${small.size}-document build; goal: ratio ≤ 1.2 and under 300 MB`,
    value: round(large.rss / 1024, 0),
    baseline: round(small.rss / 1024, 0),
    ratio: round(memory, 2),
    unit: "MB",
    goal: "ratio ≤ 1.2, < 300 MB",
    met: memory <= 1.2 && large.rss / 1024 < 300,
  });
}

export async function validateStartup(add, { reps }) {
  const cwd = tempDir("validate");
  const validate = () => runNode([CLI, "validate", SEED_000, "--format", "json"], { cwd });
  const bare = () => runNode(["-e", ""], { cwd });
  await validate();
  await bare();
  const ours = [];
  const node = [];
  const rss = [];
  for (let i = 0; i < reps.validate; i++) {
    const v = await validate();
    ours.push(v.wallMs);
    rss.push(v.maxRssKB);
    node.push((await bare()).wallMs);
  }
  add({
    name: "validate: one document, whole process",
    metric: `median wall time of \`validate 2021-02-brief.yaml\`, ${reps.validate} runs; baseline an empty \`node -e ""\` in the same runs; ratio = validate/node; max RSS ${round(Math.max(...rss) / 1024, 0)} MB`,
    value: round(median(ours), 0),
    baseline: round(median(node), 0),
    ratio: round(median(ours) / median(node), 2),
    unit: "ms",
  });

  // Which modules load: validate must not touch the image libraries. The same tracer on a cards
  // build proves it would have seen them.
  const traced = async (args) => {
    const dir = tempDir("trace");
    const file = join(dir, "loaded.txt");
    const hook = pathToFileURL(join(BENCH, "lib", "trace-loads.mjs")).href;
    await runNode([CLI, ...args], { cwd: dir, env: { BENCH_TRACE_FILE: file }, nodeOptions: ["--import", hook] });
    const loaded = [...new Set(readFileSync(file, "utf8").split("\n").filter(Boolean))];
    return { count: loaded.length, images: loaded.filter((m) => IMAGE_MODULES.test(m)), packages: packagesOf(loaded) };
  };
  const v = await traced(["validate", SEED_000, "--format", "json"]);
  const news = join(CONTENT, "news", "2024-01-15-new-belarusian-passport-faq.yaml");
  const control = await traced(["build", news, "--only", "cards", "--no-cache", "--out", "out", "--json"]);
  const sees = control.images.length > 0;
  add({
    name: "validate: image libraries loaded",
    metric: `satori/resvg/fonts modules resolved during validate (${v.count} modules in all); control: a cards build resolves ${control.images.length} such modules, so the tracer ${sees ? "does see them" : "SAW NOTHING — check inconclusive"}`,
    value: v.images.length,
    unit: "modules",
    goal: "0",
    met: sees && v.images.length === 0,
  });
  const heavy = v.packages.slice(0, 8).map(([name, n]) => `${name} ${n}`);
  add({
    name: "validate: modules loaded",
    metric: `distinct modules resolved or required by \`validate\`; most by package: ${heavy.join(", ")}`,
    value: v.count,
    unit: "modules",
  });
}

/** [package, modules] pairs, most modules first. */
function packagesOf(loaded) {
  const counts = new Map();
  for (const m of loaded) {
    const name = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(m)?.[1] ?? (/^node:/.test(m) ? "node:*" : "(workspace)");
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}
