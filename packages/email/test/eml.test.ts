import { attacks, renderWith, resolvedFixture } from "@belarusbrief/testkit";
import { type AddressObject, simpleParser } from "mailparser";
import { describe, expect, it } from "vitest";
import { adapter, buildEml, EmailOptions, formatMailbox } from "../src/index.js";
import { render } from "./documents.js";

const envelope = {
  from: "BelarusBrief <brief@belarus.example.org>",
  to: "reader@example.org",
  date: "2030-06-07",
  messageId: "2030-06-appeal@belarus.example.org",
};

describe("buildEml", () => {
  it("parses back with mailparser: subject, text and html equal, Cyrillic intact, base64 for Cyrillic", async () => {
    const email = render(resolvedFixture("belarusian"));
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
    const email = render(resolvedFixture("full-brief"));
    const eml = await buildEml(email, envelope);
    expect(eml).toMatch(/Content-Transfer-Encoding: quoted-printable/);
    expect((await simpleParser(eml)).text).toBe(email.text);
  });

  it("gives the same bytes twice: fixed date, message id and boundaries, CRLF line ends", async () => {
    const email = render(resolvedFixture("full-appeal"));
    const first = await buildEml(email, envelope);
    expect(await buildEml(email, envelope)).toBe(first);
    expect(first).toMatch(/^Date: Fri, 07 Jun 2030 00:00:00 \+0000\r$/m);
    expect(first.replaceAll("\r\n", "")).not.toMatch(/[\r\n]/);
  });

  it("adds RFC 8058 one-click unsubscribe headers when asked", async () => {
    const email = render(resolvedFixture("minimal"));
    const without = await simpleParser(await buildEml(email, envelope));
    expect(without.headerLines.map((h) => h.key)).not.toContain("list-unsubscribe");
    const eml = await buildEml(email, { ...envelope, listUnsubscribe: "https://belarus.example.org/unsubscribe?u=1" });
    const parsed = await simpleParser(eml);
    const lines = Object.fromEntries(parsed.headerLines.map((h) => [h.key, h.line]));
    expect(lines["list-unsubscribe-post"]).toBe("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
    expect(eml).toMatch(/^List-Unsubscribe: <https:\/\/belarus\.example\.org\/unsubscribe\?u=1>\r$/m);
  });

  it("refuses every header-injection address for From and To, as a fix, instead of sending it on", async () => {
    const email = render(resolvedFixture("minimal"));
    const payloads = attacks("header-injection").filter((p) => p.includes("@"));
    expect(payloads.length).toBeGreaterThan(3);
    for (const payload of payloads) {
      await expect(buildEml(email, { ...envelope, from: payload }), payload).rejects.toThrow(
        /^\[@belarusbrief\/email\] "from" must be one address/,
      );
      await expect(buildEml(email, { ...envelope, to: payload }), payload).rejects.toThrow(
        /^\[@belarusbrief\/email\] "to"/,
      );
    }
    await expect(
      buildEml(email, { ...envelope, from: { name: "T\r\nBcc: victim@example.org", address: "t@example.org" } }),
    ).rejects.toThrow(/^\[@belarusbrief\/email\] "from"/);
  });

  it("encodes a subject holding an RFC 2047 encoded word, so mail programs show it as written", async () => {
    const email = render(resolvedFixture("minimal"));
    const subjects = [
      // Decodes to "Subject", CR LF, "Bcc: victim@example.org".
      "=?UTF-8?B?U3ViamVjdA0KQmNjOiB2aWN0aW1AZXhhbXBsZS5vcmc=?=",
      "Hello =?utf-8?q?a=0D=0AX-Evil:_1?= and a long tail of words that makes the encoded subject fold over lines",
      "Палітвязні =?UTF-8?B?0JHQtdC70LDRgNGD0YHRjA==?= · February 2021",
    ];
    for (const subject of subjects) {
      const eml = await buildEml({ ...email, subject }, envelope);
      const parsed = await simpleParser(eml);
      expect(parsed.subject, subject).toBe(subject);
      expect(
        parsed.headerLines.map((h) => h.key).filter((k) => k === "subject"),
        subject,
      ).toEqual(["subject"]);
      expect(parsed.headers.has("bcc") || parsed.headers.has("x-evil"), subject).toBe(false);
      const head = eml.slice(0, eml.indexOf("\r\n\r\n"));
      for (const line of head.split("\r\n")) expect(line.length, line).toBeLessThanOrEqual(78);
      expect([...eml].every((ch) => ch.charCodeAt(0) < 128)).toBe(true);
    }
    // A subject without "=?" is left to nodemailer: ASCII as it is.
    expect(await buildEml(email, envelope)).toMatch(/^Subject: Minimal\r$/m);
  });

  it("rejects a date that is not one, as a fix", async () => {
    await expect(buildEml(render(resolvedFixture("minimal")), { ...envelope, date: "soon" })).rejects.toThrow(
      /^\[@belarusbrief\/email\] "date"/,
    );
  });
});

describe("the adapter's .eml", () => {
  const eml = async (options: object, site?: object) => {
    const { artifacts } = await renderWith(adapter, [resolvedFixture("full-appeal")], {
      options,
      ...(site ? { site } : {}),
    });
    const message = artifacts.find((a) => a.kind === "eml");
    return simpleParser(String(message?.content));
  };
  const mailbox = (address: AddressObject | AddressObject[] | undefined) =>
    [address ?? []].flat().flatMap((a) => a.value.map((v) => `${v.name} <${v.address}>`));

  it("is dated from the document, its Message-ID from the id and the site's host, sender and recipient by default", async () => {
    const parsed = await eml({});
    expect(parsed.date?.toISOString()).toBe("2030-06-07T00:00:00.000Z");
    expect(parsed.messageId).toBe("<2030-06-appeal@belarus.example.org>");
    expect(mailbox(parsed.from)).toEqual(["BelarusBrief <newsletter@belarus.example.org>"]);
    expect(mailbox(parsed.to)).toEqual(["BelarusBrief <newsletter@belarus.example.org>"]);
    expect(parsed.headerLines.map((h) => h.key)).not.toContain("list-unsubscribe");
  });

  it("is sent from the author's address when the site has one, to `to` when set (send-test)", async () => {
    const site = {
      baseUrl: "https://belarus.example.org/",
      title: "Belarus, Brief",
      author: { name: "T", email: "team@belarus.example.org" },
    };
    const parsed = await eml({ to: "Reader <reader@example.org>" }, site);
    expect(mailbox(parsed.from)).toEqual(["Belarus, Brief <team@belarus.example.org>"]);
    expect(mailbox(parsed.to)).toEqual(["Reader <reader@example.org>"]);
  });

  it("carries one-click unsubscribe only for an https:// unsubscribe address", async () => {
    const https = await eml({ unsubscribeUrl: "https://belarus.example.org/u" });
    expect(https.headers.get("list")).toEqual({
      unsubscribe: { url: "https://belarus.example.org/u" },
      "unsubscribe-post": { name: "List-Unsubscribe=One-Click" },
    });
    const mailto = await eml({ unsubscribeUrl: "mailto:leave@belarus.example.org" });
    expect(mailto.headerLines.map((h) => h.key)).not.toContain("list-unsubscribe");
  });

  it.each([
    ["a line break", "BelarusBrief <a@belarus.example.org>\r\nBcc: all@example.org"],
    ["two addresses", "a@belarus.example.org, b@belarus.example.org"],
    ["an address group", "team: a@belarus.example.org, b@belarus.example.org;"],
    ["no address", "BelarusBrief"],
  ])("refuses a From with %s in the options schema", (_, from) => {
    const result = EmailOptions.safeParse({ from });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({
      path: ["from"],
      message: expect.stringMatching(/^must be one address/),
    });
  });

  it("writes a name with a comma quoted, so it reads back as one address", async () => {
    const from = { name: "Belarus, Brief", address: "b@belarus.example.org" };
    expect(formatMailbox(from)).toBe('"Belarus, Brief" <b@belarus.example.org>');
    expect(EmailOptions.parse({ from: formatMailbox(from) }).from).toEqual(from);
  });

  it("accepts one address with or without a (quoted) name", () => {
    expect(EmailOptions.parse({ from: "brief@belarus.example.org" }).from).toEqual({
      address: "brief@belarus.example.org",
    });
    expect(EmailOptions.parse({ from: '"Belarus, Brief" <b@belarus.example.org>' }).from).toEqual({
      name: "Belarus, Brief",
      address: "b@belarus.example.org",
    });
  });
});
