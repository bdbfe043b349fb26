import { spawn } from "node:child_process";
import { join } from "node:path";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BIN, REPO } from "./helpers.js";

interface Received {
  from: string;
  to: string[];
  raw: Buffer;
}

/** Runs the CLI without blocking the event loop, so the SMTP server in this process can answer. */
function runAsync(
  args: string[],
  env: Record<string, string | undefined>,
): Promise<{ code: number | null; stderr: string }> {
  // A variable given as undefined is left out of the child's environment.
  const merged = Object.fromEntries(
    Object.entries({ ...process.env, NO_COLOR: "1", ...env }).filter(([, value]) => value !== undefined),
  );
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: REPO, env: merged });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on("close", (code) => resolve({ code, stderr }));
  });
}

describe("belarusbrief send-test", () => {
  const received: Received[] = [];
  let server: SMTPServer;
  let port = 0;

  beforeAll(async () => {
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on("data", (chunk: Buffer) => chunks.push(chunk));
        stream.on("end", () => {
          received.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
            to: session.envelope.rcptTo.map((r) => r.address),
            raw: Buffer.concat(chunks),
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.server.address() as { port: number }).port;
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("sends the document's email, which arrives intact", async () => {
    const file = join(REPO, "apps/newsletter/content/2021-06-appeal-political-prisoners.yaml");
    const { code, stderr } = await runAsync(["send-test", file, "--to", "editor@example.org"], {
      SMTP_HOST: "127.0.0.1",
      SMTP_PORT: String(port),
    });
    expect(code, stderr).toBe(0);
    expect(stderr).toMatch(/sent ".+" to editor@example\.org through 127\.0\.0\.1:\d+/);
    expect(received).toHaveLength(1);
    const [message] = received;
    expect(message?.to).toEqual(["editor@example.org"]);
    expect(message?.from).toMatch(/^newsletter@/);
    const mail = await simpleParser(message!.raw);
    expect(mail.subject).toContain("Зварот да сенатараў");
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.text : "").toBe("editor@example.org");
    expect(mail.text).toContain("I am writing to thank you for your support of democracy in Belarus");
    expect(mail.text).toContain("вызваленьне вязьняў");
    expect(mail.html || "").toContain('lang="be"');
  });

  it("needs an SMTP server and a real address", async () => {
    const file = join(REPO, "apps/newsletter/content/2021-02-brief.yaml");
    for (const host of [undefined, ""]) {
      const noHost = await runAsync(["send-test", file, "--to", "editor@example.org"], {
        SMTP_HOST: host,
        SMTP_PORT: undefined,
      });
      expect(noHost.code).toBe(2);
      expect(noHost.stderr).not.toMatch(/Invalid input|received undefined/);
      expect(noHost.stderr).toMatch(
        /SMTP_HOST is not set: set it to your mail server's name, e\.g\. smtp\.example\.org/,
      );
      expect(noHost.stderr).toMatch(/SMTP_USER and SMTP_PASS: your login/);
      expect(noHost.stderr).toMatch(
        /For example:\n {2}SMTP_HOST=smtp\.example\.org SMTP_PORT=587 .*belarusbrief send-test /,
      );
    }
    const badPort = await runAsync(["send-test", file, "--to", "editor@example.org"], {
      SMTP_HOST: "127.0.0.1",
      SMTP_PORT: "smtp",
    });
    expect(badPort.code).toBe(2);
    expect(badPort.stderr).toMatch(/SMTP_PORT is "smtp": set it to the server's port, usually 587/);
    const injected = await runAsync(["send-test", file, "--to", "a@example.org\r\nBcc: b@example.org"], {
      SMTP_HOST: "127.0.0.1",
      SMTP_PORT: String(port),
    });
    expect(injected.code).toBe(2);
    expect(injected.stderr).toMatch(/is not an email address/);
    expect(received).toHaveLength(1);
  });
});
