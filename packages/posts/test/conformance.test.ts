import { describeAdapter } from "@belarusbrief/testkit";
import { adapter } from "../src/index.js";
import { allCards, postWords } from "./helpers.js";

describeAdapter({
  adapter,
  snapshots: new URL("__snapshots__/", import.meta.url),
  // Every post of a fixture is reviewed as one file by posts.test.ts; the suite's snapshot takes one artifact per kind.
  snapshot: {},
  shows: {
    post: [
      "document",
      "section",
      "item",
      "quote",
      "source",
      "statistic",
      "event",
      "action",
      "report",
      "recommendation",
      "link",
    ],
  },
  // A document's posts show it together: the whole text goes to Facebook (and Telegram), a short
  // version with the link everywhere else.
  together: ["post"],
  // The cards output runs first in a build: its images are attached to the posts.
  artifacts: allCards(),
  // Telegram's HTML read with parse5, Bluesky's record with JSON.parse, plain text as it is; bullets
  // and quotation marks at the start of lines are layout, as a list's markers are in Markdown.
  visibleText: (artifact) => postWords(artifact),
});
