import { describeAdapter, MARKER_KINDS, markdownToText } from "@belarusbrief/testkit";
import { adapter } from "../src/index.js";
import { splitFrontMatter } from "./parse.js";

describeAdapter({
  adapter,
  snapshots: new URL("__snapshots__/", import.meta.url),
  snapshot: { markdown: "md" },
  shows: { markdown: MARKER_KINDS },
  // The front matter repeats the title and summary: only the Markdown after it counts as shown.
  visibleText: (artifact) => markdownToText(splitFrontMatter(String(artifact.content)).body),
});
