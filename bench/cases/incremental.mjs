// Work after one edit in a 1,200-document folder: a whole-folder build, and the preview's update.
import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { median, runNode, tempDir } from "../lib/measure.mjs";
import { CLI } from "../lib/paths.mjs";
import { writeArchive } from "../lib/synthetic.mjs";
import { round } from "./cards.mjs";

const TEXT_OUTPUTS = "markdown,email,feeds,calendar";
// The first document of every unit of 12 is a monthly brief (see writeArchive).
const BRIEF = "00000-2021-02-s0.yaml";

/** Sets the title of the brief to `title`, as an editor saving the file would. */
function editBrief(content, title) {
  const file = join(content, BRIEF);
  writeFileSync(file, readFileSync(file, "utf8").replace(/^title: .*$/m, `title: ${title}`));
}

/**
 * A cold build of 1,200 documents (empty cache, no earlier output), then builds of the same output
 * folder after changing one brief's title, each a whole CLI process.
 */
export async function oneEdit(add, { reps }) {
  const cwd = tempDir("one-edit");
  const content = join(cwd, "content");
  writeArchive(content, 1200);
  const args = [CLI, "build", "content", "--only", TEXT_OUTPUTS, "--out", "out", "--json"];
  const cold = await runNode(args, { cwd });
  const edits = [];
  for (let i = 0; i < reps.oneEdit; i++) {
    editBrief(content, `An edited brief, round ${i + 1}`);
    edits.push(await runNode(args, { cwd }));
  }
  const wall = median(edits.map((r) => r.wallMs));
  const cpu = median(edits.map((r) => r.cpuMs));
  add({
    name: "build: one edit in 1,200 documents",
    metric: `median wall time of \`build content --only ${TEXT_OUTPUTS}\` after changing one brief's title, ${edits.length} runs (${edits.map((r) => round(r.wallMs / 1000, 2)).join(", ")} s; CPU ${round(cpu / 1000, 2)} s); baseline the cold build of the same folder into an empty output with an empty cache (CPU ${round(cold.cpuMs / 1000, 2)} s); ratio = one edit / cold, wall (CPU ratio ${round(cpu / cold.cpuMs, 3)})`,
    value: round(wall / 1000, 2),
    baseline: round(cold.wallMs / 1000, 2),
    ratio: round(wall / cold.wallMs, 3),
    unit: "s",
    goal: "ratio ≤ 0.05",
    met: wall / cold.wallMs <= 0.05,
  });
}

/**
 * `preview` of a 1,200-document folder as a child process: after its first render, the time from
 * saving a brief to the preview serving that brief's updated Markdown, polled every 20 ms.
 */
export async function previewUpdate(add, { reps }) {
  const cwd = tempDir("preview");
  const content = join(cwd, "content");
  writeArchive(content, 1200);
  const started = performance.now();
  const server = spawn(process.execPath, [CLI, "preview", "content", "--port", "0"], {
    cwd,
    env: { ...process.env, NO_COLOR: "1" },
    stdio: ["ignore", "ignore", "pipe"],
  });
  try {
    const url = await new Promise((resolve, reject) => {
      let seen = "";
      server.stderr.on("data", (chunk) => {
        seen += chunk;
        const match = /Preview at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(seen);
        if (match) resolve(match[1]);
      });
      server.once("exit", (code) => reject(new Error(`preview exited with ${code}: ${seen.slice(-500)}`)));
    });
    const page = `${url}out/markdown/2021-02-s0.md`;
    await (await fetch(page)).text();
    const first = performance.now() - started;
    const times = [];
    for (let i = 0; i < reps.preview; i++) {
      const title = `Saved while previewing, round ${i + 1}`;
      const saved = performance.now();
      editBrief(content, title);
      for (;;) {
        // A busy server may drop an idle kept-alive connection: that poll just counts as "not yet".
        const text = await fetch(page)
          .then((response) => response.text())
          .catch(() => "");
        if (text.includes(title)) break;
        if (performance.now() - saved > 120_000) throw new Error("the preview did not update within 120 s");
        await new Promise((done) => setTimeout(done, 20));
      }
      times.push(performance.now() - saved);
      // Let the watcher settle before the next save.
      await new Promise((done) => setTimeout(done, 500));
    }
    const value = median(times);
    add({
      name: "preview: save to updated page, 1,200 documents",
      metric: `median time from writing one brief of a 1,200-document folder to \`preview\` serving its updated Markdown (the watcher waits 150 ms for more saves), ${times.length} saves (${times.map((t) => round(t, 0)).join(", ")} ms); the first page was served ${round(first / 1000, 1)} s after the start`,
      value: round(value, 0),
      unit: "ms",
      goal: "< 1000 ms",
      met: value < 1000,
    });
  } finally {
    server.kill("SIGTERM");
  }
}
