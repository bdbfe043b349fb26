/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { CHROMIUM_ARGS, chromiumPath } from "@belarusbrief/testkit";
import { type Browser, chromium, type Page } from "playwright-core";

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** Where screenshots of the documents worth looking at are saved. */
export const SHOTS = "/tmp/email-shots/";

export async function launch(extraArgs: string[] = []): Promise<Browser> {
  mkdirSync(SHOTS, { recursive: true });
  return chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_ARGS, ...extraArgs] });
}

/** What the checks found in one rendering of an email. */
export interface PageReport {
  requests: string[];
  scrollWidth: number;
  /** Elements whose text colour equals the background behind them. */
  invisible: string[];
  violations: string[];
}

/** Loads `html` at `width` in the given colour scheme and checks overflow, invisible text and (optionally) axe. */
export async function inspect(
  page: Page,
  html: string,
  width: number,
  scheme: "light" | "dark",
  axe: boolean,
  shot?: string,
): Promise<PageReport> {
  const requests: string[] = [];
  await page.setViewportSize({ width, height: 900 });
  await page.emulateMedia({ colorScheme: scheme });
  await page.setContent(html, { waitUntil: "load" });
  if (shot) await page.screenshot({ path: `${SHOTS}${shot}`, fullPage: true });
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  const invisible = await page.evaluate(() => {
    const out: string[] = [];
    const background = (el: Element | null): string => {
      for (let e = el; e; e = e.parentElement) {
        const bg = getComputedStyle(e).backgroundColor;
        if (bg && !/rgba\(.*, 0\)$/.test(bg) && bg !== "transparent") return bg;
      }
      return matchMedia("(prefers-color-scheme: dark)").matches ? "rgb(18, 18, 18)" : "rgb(255, 255, 255)";
    };
    for (const el of document.body.querySelectorAll("*")) {
      const hasText = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent?.trim());
      if (!hasText || el.getClientRects().length === 0) continue;
      const style = getComputedStyle(el);
      if (style.visibility === "hidden" || style.opacity === "0") continue;
      if (style.color === background(el))
        out.push(`${el.tagName} "${el.textContent?.trim().slice(0, 40)}" ${style.color}`);
    }
    return out;
  });
  let violations: string[] = [];
  if (axe) {
    await page.addScriptTag({ content: axeSource });
    violations = await page.evaluate(async () => {
      // biome-ignore lint/suspicious/noExplicitAny: axe is injected as a global script
      const result = await (window as any).axe.run(document, { resultTypes: ["violations"] });
      return result.violations
        .filter((v: { impact: string }) => v.impact === "serious" || v.impact === "critical")
        .map(
          (v: { id: string; nodes: { target: string[] }[] }) =>
            `${v.id}: ${v.nodes
              .map((n) => n.target.join(" "))
              .slice(0, 3)
              .join(", ")}`,
        );
    });
  }
  return { requests, scrollWidth, invisible, violations };
}
