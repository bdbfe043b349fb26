import { describeConformance, mdastText } from "@belarusbrief/testkit";
import { renderMarkdown } from "../src/index.js";
import { parseMarkdown } from "./parse.js";

describeConformance<string>({
  name: "@belarusbrief/markdown",
  render: (doc) => renderMarkdown(doc),
  extension: "md",
  snapshots: new URL("__snapshots__/", import.meta.url),
  visibleText: (output) => mdastText(parseMarkdown(output)),
});
