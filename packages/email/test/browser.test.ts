import { chromiumPath } from "@belarusbrief/testkit";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inspect, launch } from "./browser.js";
import { allDocuments, render } from "./documents.js";

/** Documents whose screenshots are saved to /tmp/email-shots/ to be looked at. */
const SHOOT = new Set(["seed-2021-02-brief", "seed-2021-06-appeal-political-prisoners", "full-appeal"]);

describe.runIf(chromiumPath())("in headless Chromium", () => {
  let browser: Browser;
  let page: Page;
  const requests: string[] = [];
  beforeAll(async () => {
    browser = await launch();
    page = await browser.newPage();
    page.on("request", (r) => {
      if (!r.url().startsWith("data:") && r.url() !== "about:blank") requests.push(r.url());
    });
  }, 30_000);
  afterAll(() => browser?.close());

  for (const [name, doc] of allDocuments()) {
    it(`${name}: no serious axe violations, no overflow at 375/600 px, no invisible text in light or dark`, async () => {
      const { html } = render(doc);
      for (const width of [375, 600]) {
        for (const scheme of ["light", "dark"] as const) {
          const shot = SHOOT.has(name) ? `${name}-${width}-${scheme}.png` : undefined;
          // axe once per document per scheme (contrast differs); layout checks at both widths.
          const report = await inspect(page, html, width, scheme, width === 600, shot);
          expect(report.scrollWidth, `${width}px ${scheme}`).toBeLessThanOrEqual(width);
          expect(report.invisible, `${width}px ${scheme}`).toEqual([]);
          expect(report.violations, `${width}px ${scheme}`).toEqual([]);
        }
      }
      expect(requests).toEqual([]);
    }, 30_000);
  }
});
