import { describeAdapter } from "@belarusbrief/testkit";
import { adapter } from "../src/index.js";

describeAdapter({
  adapter,
  options: { past: true },
  snapshots: new URL("__snapshots__/", import.meta.url),
  snapshot: { agenda: "txt" },
  shows: { agenda: ["event"] },
  // A plain-text file is what it shows; other formats are read with a real parser.
  visibleText: (artifact) => String(artifact.content),
});
