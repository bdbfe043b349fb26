import { describeConformance } from "@belarusbrief/testkit";
import ICAL from "ical.js";
import { renderAtom, renderCalendar } from "../src/index.js";
import { htmlText, OPTIONS, parseXml, textOf } from "./helpers.js";

const snapshots = new URL("__snapshots__/", import.meta.url);

describeConformance<string>({
  name: "@belarusbrief/feeds Atom",
  render: async (doc) => renderAtom([doc], OPTIONS),
  extension: "atom.xml",
  snapshots,
  // What a feed reader shows of the entry: its title, summary and content, each parsed back out.
  visibleText: (output) => {
    const entry = parseXml(output).feed.entry[0];
    return [textOf(entry.title), htmlText(textOf(entry.summary)), htmlText(textOf(entry.content))].join(" ");
  },
});

describeConformance<string>({
  name: "@belarusbrief/feeds iCalendar",
  render: async (doc) => renderCalendar(doc, { baseUrl: OPTIONS.baseUrl }),
  extension: "ics",
  snapshots,
  covers: ["event"],
  // What a calendar shows: each event's summary, location and description, read by ical.js.
  visibleText: (output) => {
    const calendar = new ICAL.Component(ICAL.parse(output));
    return calendar
      .getAllSubcomponents("vevent")
      .flatMap((vevent) =>
        ["summary", "location", "description"].map((name) => String(vevent.getFirstPropertyValue(name) ?? "")),
      )
      .join(" ");
  },
});
