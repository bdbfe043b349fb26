import dns from "node:dns";
import http from "node:http";
import https from "node:https";
import { createRequire } from "node:module";
import net from "node:net";
import tls from "node:tls";
import { FIXTURE_NAMES, loadFixture, loadSeeds } from "@belarusbrief/testkit";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { renderAll, resolveFor } from "./adapters.js";

// undici (the fetch inside Node, and the npm package) connects through net/tls, which are patched too;
// its CommonJS exports are patched for code that calls it directly.
const undici = createRequire(import.meta.url)("undici") as object;

/** Every way Node code can reach the network, replaced by a recorder that throws. */
const TARGETS: [object, string][] = [
  [net, "connect"],
  [net, "createConnection"],
  [net.Socket.prototype, "connect"],
  [tls, "connect"],
  [http, "request"],
  [http, "get"],
  [https, "request"],
  [https, "get"],
  [dns, "lookup"],
  [dns, "resolve"],
  [dns.promises, "lookup"],
  [dns.promises, "resolve"],
  [globalThis, "fetch"],
  [undici, "fetch"],
  [undici, "request"],
  [undici, "connect"],
];

let attempts: string[] = [];
const originals: [object, string, unknown][] = [];

beforeEach(() => {
  attempts = [];
  for (const [target, name] of TARGETS) {
    const record = target as Record<string, unknown>;
    originals.push([target, name, record[name]]);
    Object.defineProperty(record, name, {
      configurable: true,
      writable: true,
      value: (...args: unknown[]) => {
        attempts.push(`${name}(${String(args[0]).slice(0, 80)})`);
        throw new Error(`network access during rendering: ${name}`);
      },
    });
  }
});

afterEach(() => {
  for (const [target, name, value] of originals.splice(0))
    Object.defineProperty(target, name, { configurable: true, writable: true, value });
});

describe("rendering makes no network request", () => {
  it("control: the patch records and stops an attempt", () => {
    expect(() => fetch("https://example.org/")).toThrow(/network access during rendering: fetch/);
    expect(() => https.get("https://example.org/")).toThrow(/network access/);
    expect(() => dns.lookup("example.org", () => {})).toThrow(/network access/);
    expect(() => new net.Socket().connect(443, "example.org")).toThrow(/network access/);
    expect(attempts).toHaveLength(4);
  });

  it("every text adapter on every seed document", async () => {
    for (const loaded of Object.values(loadSeeds())) await renderAll(resolveFor(loaded.document, loaded.text));
    expect(attempts).toEqual([]);
  }, 240_000);

  it("every adapter, share images included, on every fixture", async () => {
    for (const name of FIXTURE_NAMES) {
      const loaded = loadFixture(name);
      const artifacts = await renderAll(resolveFor(loaded.document, loaded.text), { withCards: true });
      expect(artifacts.some((a) => a.kind === "card")).toBe(true);
    }
    expect(attempts).toEqual([]);
  }, 240_000);
});
