import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { CHROMIUM_ARGS, chromiumPath } from "@belarusbrief/testkit";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BIN, copyOfContent } from "./helpers.js";

const executablePath = chromiumPath();

describe.skipIf(!executablePath)("belarusbrief preview in a browser", () => {
  let server: ChildProcess;
  let browser: Browser;
  let page: Page;
  let url: string;
  let dir: string;
  const outside: string[] = [];

  beforeAll(async () => {
    dir = copyOfContent();
    server = spawn(process.execPath, [BIN, "preview", "content", "--port", "0"], {
      cwd: dir,
      env: { ...process.env, NO_COLOR: "1" },
    });
    url = await new Promise<string>((resolve, reject) => {
      let seen = "";
      server.stderr?.on("data", (chunk: Buffer) => {
        seen += chunk.toString();
        const match = /Preview at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(seen);
        if (match?.[1]) resolve(match[1]);
      });
      server.once("exit", (code) => reject(new Error(`preview exited with ${code}: ${seen}`)));
    });
    browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
    page = await browser.newPage();
    page.on("request", (request) => {
      if (!request.url().startsWith(url)) outside.push(request.url());
    });
  });

  afterAll(async () => {
    await browser?.close();
    server?.kill("SIGTERM");
  });

  it("shows every pane of the chosen document", async () => {
    await page.goto(url);
    await expect.poll(() => page.locator("#email iframe").count()).toBe(4);
    const widths = await page
      .locator("#email iframe")
      .evaluateAll((frames) => frames.map((f) => (f as HTMLIFrameElement).width));
    expect(widths).toEqual(["375", "600", "375", "600"]);
    const schemes = await page
      .locator("#email iframe")
      .evaluateAll((frames) => frames.map((f) => (f as HTMLElement).style.colorScheme));
    expect(schemes).toEqual(["light", "light", "dark", "dark"]);
    const frame = page.frameLocator("#email iframe").first();
    await expect.poll(() => frame.locator("body").innerText()).toContain("INTERNATIONAL RESPONSE");
    const cards = await page
      .locator("#cards img")
      .evaluateAll((imgs) => imgs.map((i) => (i as HTMLImageElement).naturalWidth));
    expect(cards.length).toBeGreaterThan(10);
    expect(cards.every((w) => w > 0)).toBe(true);
    expect(await page.locator("#markdown h1").innerText()).toBe("BelarusBrief");
    expect(await page.locator("#feeds pre").count()).toBeGreaterThan(0);
    expect(await page.locator("#calendar pre").innerText()).toContain("RRULE:FREQ=YEARLY");
    expect(await page.locator("#problems").textContent()).toMatch(/content\/2021-02-brief\.yaml:\d+:\d+ {2}warning/);
  });

  it("serves the static site", async () => {
    const site = await browser.newPage();
    await site.goto(url);
    await site.getByRole("link", { name: "The site" }).click();
    await expect.poll(() => site.locator("h1").first().innerText()).toBeTruthy();
    expect(site.url()).toMatch(/\/out\/site\/index\.html$/);
    const links = await site.locator("a[href]").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    const internal = links.filter((href) => href.startsWith(url) && href.includes("/site/briefs/"));
    expect(internal.length).toBeGreaterThan(0);
    const response = await site.goto(internal[0]!);
    expect(response?.status()).toBe(200);
    await site.close();
  });

  it("updates when a file is saved", async () => {
    const file = join(dir, "content", "2021-02-brief.yaml");
    const text = readFileSync(file, "utf8");
    writeFileSync(
      file,
      text.replace("tagline: News from the Belarusian Diaspora in the USA", "tagline: News edited while previewing"),
    );
    await expect
      .poll(() => page.locator("#markdown").innerText(), { timeout: 20_000 })
      .toContain("News edited while previewing");
  });

  it("shows a validation error in place of the last good render", async () => {
    const file = join(dir, "content", "2021-02-brief.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace(/^date: 2021-02-28$/m, "date: 2021-02-30"));
    await expect.poll(() => page.locator("#failure").count(), { timeout: 20_000 }).toBe(1);
    expect(await page.locator("#problems").textContent()).toMatch(
      /content\/2021-02-brief\.yaml:\d+:7 {2}error {2}date {2}must be a real date/,
    );
    expect(await page.locator("#markdown").innerText()).toContain("News edited while previewing");
  });

  it("loads nothing from outside the preview server", () => {
    expect(outside).toEqual([]);
  });
});
