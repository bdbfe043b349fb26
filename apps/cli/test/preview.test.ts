import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { CHROMIUM_ARGS, chromiumPath } from "@belarusbrief/testkit";
import { type Browser, chromium, type Frame, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BIN, copyOfContent, runCli } from "./helpers.js";

const executablePath = chromiumPath();

/** Relative luminance (WCAG) of a computed `rgb(…)` colour: 0 black, 1 white. */
function luminance(rgb: string): number {
  const [r = 0, g = 0, b = 0] = (rgb.match(/\d+(\.\d+)?/g) ?? []).map(Number).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The computed backgrounds of the email's page and its card, and the colour of its text, in a pane. */
async function colours(frame: Frame) {
  await frame.waitForSelector(".card");
  return frame.evaluate(() => {
    const style = (selector: string) => getComputedStyle(document.querySelector(selector) as Element);
    return {
      page: style("body").backgroundColor,
      card: style(".card").backgroundColor,
      text: style(".card td").color,
    };
  });
}

// A browser and a server on two shared cores: each step is given time, none is timed.
describe.skipIf(!executablePath)("belarusbrief preview in a browser", { timeout: 180_000 }, () => {
  let server: ChildProcess;
  let browser: Browser;
  let page: Page;
  let url: string;
  let dir: string;
  const outside: string[] = [];

  beforeAll(async () => {
    dir = copyOfContent();
    // The editor's month starts with `new`: the preview must open the brief it made.
    expect(runCli(["new", "content"], { cwd: dir }).code).toBe(0);
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
    // The first page waits for the first build of every output; on a busy machine that is slow.
    await (await fetch(url, { signal: AbortSignal.timeout(110_000) })).text();
    browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
    page = await browser.newPage();
    page.setDefaultTimeout(90_000);
    page.on("request", (request) => {
      if (!request.url().startsWith(url)) outside.push(request.url());
    });
  });

  afterAll(async () => {
    await browser?.close();
    server?.kill("SIGTERM");
  });

  it("opens the brief that `new` just made", async () => {
    await page.goto(url);
    expect(await page.locator("select[name=doc]").inputValue()).toBe("2021-03");
    expect(await page.locator("#markdown h1").innerText()).toBe("BelarusBrief");
    expect(await page.locator("#markdown").innerText()).toContain("id: 2021-03");
  });

  // Two ways a browser prefers a scheme: started so (as the system's setting does; --force-dark-mode
  // for dark), and emulated by playwright. Chromium gives a frame the scheme of its iframe element
  // in the first case but not in the second, and other browsers differ again: the panes must not
  // depend on either.
  it.each([
    ["light", "started"],
    ["dark", "started"],
    ["light", "emulated"],
    ["dark", "emulated"],
  ] as const)("shows light panes light and dark panes dark in a browser %s-%s", async (browserScheme, how) => {
    const started =
      how === "started"
        ? await chromium.launch({
            executablePath,
            args: [...CHROMIUM_ARGS, ...(browserScheme === "dark" ? ["--force-dark-mode"] : [])],
          })
        : browser;
    const context = await started.newContext({ colorScheme: how === "started" ? null : browserScheme });
    const tab = await context.newPage();
    tab.setDefaultTimeout(90_000);
    tab.on("request", (request) => {
      if (!request.url().startsWith(url)) outside.push(request.url());
    });
    await tab.goto(`${url}?doc=2021-02`);
    // The browser really prefers that scheme.
    expect(await tab.evaluate(() => matchMedia("(prefers-color-scheme: dark)").matches)).toBe(browserScheme === "dark");
    const frames = tab.locator("#email iframe");
    await expect.poll(() => frames.count()).toBe(4);
    const panes = await frames.evaluateAll((list) =>
      list.map((f) => ({
        width: (f as HTMLIFrameElement).width,
        scheme: /(light|dark)$/.exec(f.closest("figure")?.querySelector("figcaption")?.textContent ?? "")?.[1],
      })),
    );
    expect(panes).toEqual([
      { width: "375", scheme: "light" },
      { width: "600", scheme: "light" },
      { width: "375", scheme: "dark" },
      { width: "600", scheme: "dark" },
    ]);
    for (let i = 0; i < 4; i++) {
      const frame = await (await frames.nth(i).elementHandle())?.contentFrame();
      if (!frame) throw new Error(`pane ${i} has no frame`);
      expect(await frame.locator("body").innerText()).toContain("INTERNATIONAL RESPONSE");
      const { page: background, card, text } = await colours(frame);
      const where = `pane ${i} (${panes[i]?.scheme}) in a ${browserScheme} browser (${how}): ${background} / ${card} / ${text}`;
      if (panes[i]?.scheme === "light") {
        expect(luminance(background), where).toBeGreaterThan(0.6);
        expect(luminance(card), where).toBeGreaterThan(0.9);
        expect(luminance(text), where).toBeLessThan(0.05);
      } else {
        expect(luminance(background), where).toBeLessThan(0.02);
        expect(luminance(card), where).toBeLessThan(0.05);
        expect(luminance(text), where).toBeGreaterThan(0.7);
      }
    }
    await context.close();
    if (started !== browser) await started.close();
  });

  it("shows every pane of the chosen document", async () => {
    await page.goto(`${url}?doc=2021-02`);
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

  it("shows the posts of every platform, threads in order, with counts, language and the cards to attach", async () => {
    await page.goto(`${url}?doc=2021-02`);
    const platforms = await page
      .locator("#posts section.platform")
      .evaluateAll((list) => list.map((s) => (s as HTMLElement).dataset.platform));
    expect(platforms).toEqual(["telegram", "bluesky", "mastodon", "threads", "x", "facebook", "instagram"]);

    const bluesky = page.locator('#posts [data-platform="bluesky"] .thread').first();
    expect(await bluesky.locator("h4").innerText()).toBe("The document's post");
    const parts = await bluesky.locator(".part").allInnerTexts();
    expect(parts.length).toBeGreaterThan(1);
    expect(parts).toEqual(parts.map((_, i) => `${i + 1}/${parts.length}`));
    const first = bluesky.locator("article.post").first();
    expect(await first.locator(".count").innerText()).toMatch(/^\d+ \/ 300/);
    expect(await first.locator(".language").innerText()).toBe("language: en");
    // Bluesky's text from the JSON record, not the record itself.
    const text = await first.locator("pre.text").innerText();
    expect(text).toContain("BelarusBrief");
    expect(text).not.toContain("app.bsky.feed.post");
    // The cover card it attaches: its path, its alt text and the image itself.
    expect(await first.locator(".images code").first().innerText()).toBe("cards/2021-02/cover-og.png");
    expect(await first.locator(".images .alt").first().innerText()).toMatch(/^alt: Monthly brief, February 2021/);
    expect(await first.locator(".images img").evaluate((i) => (i as HTMLImageElement).naturalWidth)).toBe(1200);
    // Later parts of the thread carry no images and say nothing about them.
    expect(await bluesky.locator("article.post").nth(1).locator(".images, .note").count()).toBe(0);

    const cardPosts = await page.locator('#posts [data-platform="x"] .thread h4').allInnerTexts();
    expect(cardPosts[0]).toBe("The document's post");
    expect(cardPosts.slice(1)).toContain("Card post: statistic-political-prisoners");

    // Telegram's HTML is drawn, in a frame that may run and load nothing.
    const telegram = page.locator('#posts [data-platform="telegram"] iframe.telegram').first();
    expect(await telegram.getAttribute("sandbox")).toBe("");
    const drawn = page.frameLocator('#posts [data-platform="telegram"] iframe.telegram').first();
    expect(await drawn.locator("b").first().innerText()).toBeTruthy();
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
    await page.goto(`${url}?doc=2021-02`);
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

  it("says so when the posts have no images because the cards could not be made", async () => {
    writeFileSync(join(dir, "content", "belarusbrief.json"), '{"cards": {"logo": "no-such-logo.svg"}}\n');
    await page.goto(`${url}?doc=2021-03`);
    await expect.poll(() => page.locator("#posts > p.note").count(), { timeout: 20_000 }).toBe(1);
    expect(await page.locator("#posts > p.note").innerText()).toMatch(/cards could not be made.*no-such-logo\.svg/);
    const first = page.locator('#posts [data-platform="bluesky"] article.post').first();
    expect(await first.locator(".note").innerText()).toBe("No images: the cards were not built.");
    expect(await first.locator(".images").count()).toBe(0);
  });

  it("loads nothing from outside the preview server", () => {
    expect(outside).toEqual([]);
  });
});
