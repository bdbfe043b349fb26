import { fixture } from "@belarusbrief/testkit";
import { simpleParser } from "mailparser";
import { describe, expect, it } from "vitest";
import { buildEml } from "../src/index.js";
import { render } from "./documents.js";

const envelope = {
  from: "BelarusBrief <brief@belarus.example.org>",
  to: "reader@example.org",
  date: "2030-06-07",
  messageId: "2030-06-appeal@belarus.example.org",
};

describe("buildEml", () => {
  it("parses back with mailparser: subject, text and html equal, Cyrillic intact, base64 for Cyrillic", async () => {
    const email = await render(fixture("belarusian"));
    const eml = await buildEml(email, envelope);
    const parsed = await simpleParser(eml);
    expect(parsed.subject).toBe(email.subject);
    expect(parsed.text).toBe(email.text);
    expect(parsed.html).toBe(email.html);
    expect(parsed.messageId).toBe("<2030-06-appeal@belarus.example.org>");
    expect(parsed.date?.toISOString()).toBe("2030-06-07T00:00:00.000Z");
    expect(parsed.headers.get("content-type")).toMatchObject({ value: "multipart/alternative" });
    expect(eml).toMatch(/Content-Type: text\/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64/);
    expect(eml).toMatch(/Content-Type: text\/html; charset=utf-8\r\nContent-Transfer-Encoding: base64/);
    // Every byte of the message is 7-bit: the transfer encodings carry the UTF-8.
    expect([...eml].every((ch) => ch.charCodeAt(0) < 128)).toBe(true);
  });

  it("uses quoted-printable for mostly Latin text", async () => {
    const eml = await buildEml(await render(fixture("full-brief")), envelope);
    expect(eml).toMatch(/Content-Transfer-Encoding: quoted-printable/);
    expect((await simpleParser(eml)).text).toBe((await render(fixture("full-brief"))).text);
  });

  it("gives the same bytes twice: fixed date, message id and boundaries", async () => {
    const email = await render(fixture("full-appeal"));
    const first = await buildEml(email, envelope);
    expect(await buildEml(email, envelope)).toBe(first);
    expect(first).toMatch(/^Date: Fri, 07 Jun 2030 00:00:00 \+0000$/m);
  });

  it("adds RFC 8058 one-click unsubscribe headers when asked", async () => {
    const email = await render(fixture("minimal"));
    const without = await simpleParser(await buildEml(email, envelope));
    expect(without.headerLines.map((h) => h.key)).not.toContain("list-unsubscribe");
    const eml = await buildEml(email, { ...envelope, listUnsubscribe: "https://belarus.example.org/unsubscribe?u=1" });
    const parsed = await simpleParser(eml);
    const lines = Object.fromEntries(parsed.headerLines.map((h) => [h.key, h.line]));
    expect(lines["list-unsubscribe-post"]).toBe("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
    expect(eml).toMatch(/^List-Unsubscribe: <https:\/\/belarus\.example\.org\/unsubscribe\?u=1>$/m);
  });

  it("rejects a date that is not one, as a fix", async () => {
    await expect(buildEml(await render(fixture("minimal")), { ...envelope, date: "soon" })).rejects.toThrow(
      /^\[@belarusbrief\/email\] "date"/,
    );
  });
});
