/// <reference lib="dom" />
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import { CHROMIUM_ARGS, chromiumPath, resolvedFixture } from "@belarusbrief/testkit";
import { type Browser, type BrowserContext, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SITE, writeSite } from "./site-on-disk.js";

const executablePath = chromiumPath();
const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml",
  ".json": "application/json",
  ".ics": "text/calendar",
};
const SHOTS = "/tmp/web-shots";

describe.skipIf(!executablePath)("the site in Chromium, served from 127.0.0.1", () => {
  let root: string;
  let server: Server;
  let origin: string;
  let browser: Browser;
  let context: BrowserContext;
  const outside: string[] = [];

  beforeAll(async () => {
    ({ root } = writeSite());
    server = createServer((req, res) => {
      const path = normalize(decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname)).replace(/^\/+/, "");
      try {
        const body = readFileSync(join(root, path));
        res.writeHead(200, { "content-type": TYPES[extname(path)] ?? "application/octet-stream" }).end(body);
      } catch {
        res.writeHead(404).end("not found");
      }
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
    // axe is injected as an inline script, which the pages' own Content-Security-Policy forbids.
    context = await browser.newContext({ bypassCSP: true });
    await context.route("**/*", (route) => {
      const url = new URL(route.request().url());
      if (url.hostname === "127.0.0.1") return route.continue();
      outside.push(url.href);
      return route.abort();
    });
  }, 30_000);

  afterAll(async () => {
    await browser?.close();
    server?.close();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it("follows every internal link from index.html, none broken; axe finds nothing serious; nothing leaves 127.0.0.1", {
    // About 60 pages, each checked by axe: minutes on a busy 2-core machine.
    timeout: 600_000,
  }, async () => {
    const page = await context.newPage();
    const queue = [`${origin}/site/index.html`];
    const seen = new Set(queue);
    const broken: string[] = [];
    const violations: string[] = [];
    let htmlPages = 0;
    while (queue.length > 0) {
      const url = queue.shift() as string;
      if (!url.endsWith(".html")) {
        const response = await context.request.get(url);
        if (response.status() !== 200) broken.push(url);
        continue;
      }
      const response = await page.goto(url);
      if (response?.status() !== 200) {
        broken.push(url);
        continue;
      }
      htmlPages++;
      const hrefs = await page.$$eval("a[href], link[href]:not([rel=canonical])", (els) =>
        els.map((e) => (e as HTMLAnchorElement).href),
      );
      for (const href of hrefs) {
        const target = href.split("#")[0] as string;
        if (target.startsWith(origin) && !seen.has(target)) {
          seen.add(target);
          queue.push(target);
        }
      }
      await page.addScriptTag({ content: AXE });
      const found = await page.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: {
              run: (
                d: Document,
              ) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
            };
          }
        ).axe;
        return (await axe.run(document)).violations;
      });
      for (const v of found.filter((v) => v.impact === "serious" || v.impact === "critical")) {
        violations.push(`${url}: ${v.id} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
      }
    }
    expect(broken).toEqual([]);
    expect(violations).toEqual([]);
    expect(outside).toEqual([]);
    expect(htmlPages).toBeGreaterThan(40);
    expect([...seen].some((u) => u.endsWith(".png"))).toBe(false); // cards are in meta tags, not links
  });

  it("prints each postal address as a block to cut out for an envelope, one line per line", async () => {
    const page = await context.newPage();
    await page.emulateMedia({ media: "print" });
    await page.goto(`${origin}/site/briefs/2030-01/index.html`);
    const printed = await page.$$eval("address.envelope", (all) =>
      all.map((el) => {
        const style = getComputedStyle(el);
        return {
          border: style.borderTopStyle,
          display: style.display,
          lines: (el as HTMLElement).innerText.split("\n"),
        };
      }),
    );
    const lines = resolvedFixture("full-brief", SITE).all.actions.flatMap((a) => a.addresses.map((x) => x.lines));
    expect(lines.length).toBeGreaterThan(1);
    expect(printed).toEqual(lines.map((l) => ({ border: "dashed", display: "inline-block", lines: l })));
  });

  it("keeps text contrast in dark mode", { timeout: 30_000 }, async () => {
    const page = await context.newPage();
    await page.emulateMedia({ colorScheme: "dark" });
    for (const path of [
      "index.html",
      "briefs/2021-02/index.html",
      "appeals/2021-06-appeal-political-prisoners/index.html",
    ]) {
      await page.goto(`${origin}/site/${path}`);
      await page.addScriptTag({ content: AXE });
      const ids = await page.evaluate(async () => {
        const axe = (
          window as unknown as { axe: { run: (d: Document, o: object) => Promise<{ violations: { id: string }[] }> } }
        ).axe;
        return (await axe.run(document, { runOnly: ["color-contrast"] })).violations.map((v) => v.id);
      });
      expect(ids, path).toEqual([]);
    }
  });

  it("screenshots the February 2021 brief at 375, 600 and 1200 px, light and dark", { timeout: 60_000 }, async () => {
    mkdirSync(SHOTS, { recursive: true });
    const page = await context.newPage();
    for (const width of [375, 600, 1200]) {
      for (const colorScheme of ["light", "dark"] as const) {
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ colorScheme });
        await page.goto(`${origin}/site/briefs/2021-02/index.html`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `horizontal scroll at ${width}px`).toBeLessThanOrEqual(0);
        await page.screenshot({ path: `${SHOTS}/2021-02-${width}-${colorScheme}.png`, fullPage: true });
        await page.screenshot({ path: `${SHOTS}/2021-02-${width}-${colorScheme}-top.png` });
      }
    }
  });
});
