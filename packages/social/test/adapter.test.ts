import { type Artifact, type ArtifactCache, type RenderContext, type ResolvedDocument, Site } from "@belarusbrief/core";
import { renderWith, resolvedFixture, TEST_SITE } from "@belarusbrief/testkit";
import { describe, expect, it } from "vitest";
import { adapter, CardSettings, type CardSettingsInput } from "../src/index.js";

const logoSvg = (colour: string) =>
  new TextEncoder().encode(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 20 10"><rect width="20" height="10" fill="${colour}"/></svg>`,
  );
const LOGO = logoSvg("#C8313E");

describe("settings", () => {
  it("accepts a .png or .svg logo path and nothing else", () => {
    expect(CardSettings.parse({ logo: "brand/logo.SVG" }).logo).toBe("brand/logo.SVG");
    const issue = CardSettings.safeParse({ logo: "logo.jpg" }).error?.issues[0];
    expect(issue?.path).toEqual(["logo"]);
    expect(issue?.message).toMatch(/\.png or \.svg file next to the settings/);
    expect(CardSettings.safeParse({ footer: "x".repeat(81) }).error?.issues[0]?.path).toEqual(["footer"]);
    expect(CardSettings.safeParse({ colour: "#fff" }).success).toBe(false);
  });

  it("draws the footer (default: the site's title) and the logo read from next to the settings", async () => {
    const doc = resolvedFixture("minimal");
    const og = async (options: CardSettingsInput, title = "BelarusBrief") => {
      const { artifacts } = await renderWith(adapter, [doc], {
        options,
        site: { ...TEST_SITE, title },
        files: { "logo.svg": LOGO, "logo.png": new Uint8Array([1, 2, 3]) },
      });
      return artifacts.find((a) => a.role === "og-image")?.content;
    };
    const plain = await og({});
    expect(await og({ footer: "BelarusBrief" })).toEqual(plain);
    expect(await og({}, "Another title")).not.toEqual(plain);
    expect(await og({ logo: "logo.svg" })).not.toEqual(plain);
    await expect(og({ logo: "missing.svg" })).rejects.toThrow(/no file missing\.svg/);
    await expect(og({ logo: "logo.png" })).rejects.toThrow(
      /^\[@belarusbrief\/social\] cards\.logo "logo\.png" is not a PNG or SVG image/,
    );
  });
});

describe("cache", () => {
  it("reuses the PNG of a card drawn from the same data, options and logo, and nothing else", async () => {
    const doc = resolvedFixture("full-press-release");
    const store = new Map<string, Uint8Array>();
    const first = await render(doc, store, {});
    expect(store.size).toBe(first.length);

    // Replace every stored image: a second build must take them from the cache, not draw them again.
    const marked = new Map([...store.keys()].map((key, i) => [key, new Uint8Array([i])]));
    const second = await render(doc, marked, {});
    expect(second.map((a) => a.content)).toEqual([...marked.values()]);
    expect(second.map(({ content: _, ...info }) => info)).toEqual(first.map(({ content: _, ...info }) => info));

    const other = new Map(marked);
    await render(doc, other, { footer: "Another footer" });
    expect(other.size).toBe(2 * first.length);
    const logo = new Map(marked);
    await render(doc, logo, { logo: "logo.svg" }, LOGO);
    await render(doc, logo, { logo: "logo.svg" }, logoSvg("#1B1B1F"));
    expect(logo.size).toBe(3 * first.length);
  });

  it("reports progress over the cards of the document, counting reused ones", async () => {
    const doc = resolvedFixture("full-press-release");
    const store = new Map<string, Uint8Array>();
    const seen: [number, number][] = [];
    const artifacts = await render(doc, store, {}, undefined, (done, total) => seen.push([done, total]));
    const total = artifacts.length;
    expect(seen[0]).toEqual([0, total]);
    expect(seen.at(-1)).toEqual([total, total]);
    seen.length = 0;
    await render(doc, store, {}, undefined, (done, n) => seen.push([done, n]));
    expect(seen).toEqual([[total, total]]);
  });
});

async function render(
  doc: ResolvedDocument,
  store: Map<string, Uint8Array>,
  settings: CardSettingsInput,
  logo?: Uint8Array,
  progress: (done: number, total: number) => void = () => {},
): Promise<Artifact[]> {
  const cache: ArtifactCache = {
    get: (key) => store.get(key),
    set: (key, value) => store.set(key, typeof value === "string" ? new TextEncoder().encode(value) : value),
  };
  const context: RenderContext<CardSettings> = {
    options: CardSettings.parse(settings),
    site: Site.parse(TEST_SITE),
    artifacts: [],
    cache,
    readFile: () => logo ?? new Uint8Array(),
    progress,
    warn: () => {},
  };
  return (await adapter.renderDocument?.(doc, context)) ?? [];
}
