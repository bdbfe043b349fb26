import { describeAdapter, htmlLanguages } from "@belarusbrief/testkit";
import { adapter } from "../src/index.js";
import { entriesOf, feedText, SITE } from "./helpers.js";

const EVERYTHING = [
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
] as const;

describeAdapter({
  adapter,
  site: SITE,
  snapshots: new URL("__snapshots__/", import.meta.url),
  // The feed in the document's language (the `all` feed differs only in its self link and words).
  snapshot: { rss: "rss.xml", atom: "atom.xml", "json-feed": "feed.json" },
  shows: { rss: EVERYTHING, atom: EVERYTHING, "json-feed": EVERYTHING },
  // What a feed reader shows of each entry: its title, summary and content, each parsed back out.
  visibleText: (artifact) => feedText(artifact.kind, String(artifact.content)),
  // Each entry's content is HTML, read out of the feed and then parsed as HTML.
  languages: {
    kinds: ["rss", "atom", "json-feed"],
    marks: (artifact) => entriesOf(artifact.kind, String(artifact.content)).flatMap((e) => htmlLanguages(e.html)),
    // A document's title is the entry's title, which feeds carry as plain text: its words only.
    skip: (span) => span.where === "richTitle",
  },
});
