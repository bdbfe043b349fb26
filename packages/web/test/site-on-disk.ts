import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { Artifact, ArtifactInfo, ResolvedDocument, SiteInput } from "@belarusbrief/core";
import { FIXTURE_NAMES, loadSeeds, resolvedFixture, resolveLoaded } from "@belarusbrief/testkit";
import { buildSite } from "../src/index.js";
import { otherOutputs } from "./other-outputs.js";
import { placeholderPng } from "./png.js";

export const BASE_URL = "https://belarusbrief.example/archive/";
export const SITE: SiteInput = { baseUrl: BASE_URL, title: "BelarusBrief" };

/** Every seed document and every fixture, resolved for {@link SITE}: the site the checks run on. */
export function allDocuments(): ResolvedDocument[] {
  return [
    ...Object.values(loadSeeds()).map((loaded) => resolveLoaded(loaded, SITE)),
    ...FIXTURE_NAMES.map((name) => resolvedFixture(name, SITE)),
  ];
}

/** Builds the site and writes it, with placeholder cards, feeds and calendars, to a new temporary folder. */
export function writeSite(): { root: string; docs: ResolvedDocument[]; pages: Artifact[]; artifacts: ArtifactInfo[] } {
  const docs = allDocuments();
  const artifacts = otherOutputs(docs);
  const pages = buildSite(docs, { site: SITE, artifacts });
  const root = mkdtempSync(join(tmpdir(), "bb-web-"));
  const write = (path: string, content: string | Uint8Array) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  };
  for (const page of pages) write(page.path, page.content);
  for (const a of artifacts) {
    if (a.role === "og-image") write(a.path, placeholderPng(a.width ?? 1, a.height ?? 1));
    else if (a.kind === "card") continue;
    else if (a.kind === "ics") write(a.path, "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");
    else write(a.path, a.kind === "json-feed" ? "{}" : "<rss/>");
  }
  return { root, docs, pages, artifacts };
}
