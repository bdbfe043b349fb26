import { formatPath, type ResolvedDocument } from "@belarusbrief/core";
import {
  describeAdapter,
  FIXTURE_NAMES,
  loadSeeds,
  type Marker,
  markersOf,
  normalizeText,
  resolvedFixture,
  resolveLoaded,
} from "@belarusbrief/testkit";
import { describe, expect, it } from "vitest";
import { adapter, renderCalendar } from "../src/index.js";
import { briefWithEvent, calendarText, SITE } from "./helpers.js";

describeAdapter({
  adapter,
  snapshots: new URL("__snapshots__/", import.meta.url),
  // The document's own calendar; a fixture without events has only the (empty) upcoming calendar.
  snapshot: { ics: "ics" },
  shows: { ics: ["event"] },
  visibleText: (artifact, doc) => calendarText(String(artifact.content), doc),
  // The upcoming calendar leaves out what is past on the document's date; the document's own
  // calendar keeps it, which the test below checks without this exception.
  // A yearly entry repeats in the reader's calendar, so it cannot name one year's anniversary.
  skip: (marker, doc) => isPast(marker, doc) || isAnniversary(marker),
});

describe("the document's own calendar", () => {
  const docs = [
    ...FIXTURE_NAMES.map((name) => resolvedFixture(name)),
    ...Object.values(loadSeeds()).map((loaded) => resolveLoaded(loaded)),
    // Neither fixtures nor seeds have an event before their date yet.
    briefWithEvent({ date: "2030-01-10", recurs: undefined }),
  ];

  it("shows every fact of every event, past ones included", () => {
    const missing = docs.flatMap((doc) => {
      const visible = normalizeText(calendarText(renderCalendar(doc, { site: SITE }), doc));
      return markersOf(doc)
        .filter((marker) => marker.kind === "event" && !isAnniversary(marker) && !visible.includes(marker.text))
        .map((marker) => `${doc.id}: ${marker.where}: ${marker.text}`);
    });
    expect(missing).toEqual([]);
  });

  it("has past events to check (so the test above can fail on them)", () => {
    expect(docs.some((doc) => doc.all.events.some((event) => !event.upcoming))).toBe(true);
  });
});

function isPast(marker: Marker, doc: ResolvedDocument): boolean {
  return doc.all.events.some((event) => !event.upcoming && marker.where.startsWith(`${formatPath(event.path)}.`));
}

function isAnniversary(marker: Marker): boolean {
  return marker.where.endsWith(".since");
}
