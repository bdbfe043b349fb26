import { dirname } from "node:path";
import { type Artifact, parseTitle, titleWords } from "@belarusbrief/core";
import { createTransport } from "nodemailer";
import { z } from "zod";
import { noCache } from "../cache.js";
import { findContentFiles } from "../content/find-files.js";
import { loadContent } from "../content/load-content.js";
import { CliError, EXIT } from "../exit-codes.js";
import { BuildError } from "../render/build-error.js";
import { renderOutputs } from "../render/render-outputs.js";
import { countLabel, printProblems } from "../report.js";
import { loadSettings } from "../settings.js";
import { styler } from "../style.js";
import { forTerminal } from "../terminal-text.js";

/** Options of `belarusbrief send-test`. */
export interface SendTestOptions {
  to: string;
}

const Smtp = z.object({
  SMTP_HOST: z.string().trim().min(1),
  SMTP_PORT: z.coerce.number().int().min(1).max(65535).default(587),
  SMTP_SECURE: z.enum(["true", "false"]).default("false"),
  SMTP_USER: z.string().optional(),
  SMTP_PASS: z.string().optional(),
});

/**
 * Sends one document's email to `--to` through the SMTP server named by the SMTP_* environment
 * variables, to check it in real mail programs. Credentials only travel over TLS, except to a
 * server on this machine.
 */
export async function sendTest(file: string, options: SendTestOptions): Promise<number> {
  const to = z.email({ error: `--to "${options.to}" is not an email address` }).safeParse(options.to);
  if (!to.success) throw new CliError(to.error.issues[0]?.message ?? "bad --to", EXIT.usage);
  const smtp = Smtp.safeParse(process.env);
  if (!smtp.success) throw new CliError(smtpHelp(smtp.error.issues, file, to.data), EXIT.usage);

  const files = findContentFiles([file]);
  if (files.length !== 1)
    throw new CliError(`send-test takes one document, not a folder of ${files.length}`, EXIT.usage);
  const { documents, errors, warnings } = loadContent(files);
  const loaded = documents[0];
  if (!loaded || errors.length > 0) {
    printProblems([...errors, ...warnings]);
    process.stderr.write(`${styler(process.stderr).red(`not sent: ${countLabel(errors.length, warnings.length)}`)}\n`);
    return EXIT.content;
  }
  const settings = loadSettings(dirname(files[0] ?? "."));
  // The email output addresses the message to --to; everything else is as a build makes it.
  const email = { ...(settings.outputs.email as object | undefined), to: to.data };
  let message: Artifact | undefined;
  try {
    const rendered = await renderOutputs(["email"], {
      documents: [loaded],
      settings: { ...settings, outputs: { ...settings.outputs, email } },
      cache: noCache,
      progress: () => {},
    });
    message = rendered.artifacts.find((a) => a.role === "email-message");
  } catch (error) {
    if (!(error instanceof BuildError)) throw error;
    printProblems(error.problems);
    process.stderr.write(`${styler(process.stderr).red("not sent: the email could not be made")}
`);
    return EXIT.content;
  }
  if (!message) throw new CliError("internal: the email output made no message", EXIT.internal);
  const eml = typeof message.content === "string" ? message.content : Buffer.from(message.content).toString("utf8");
  // The sender's address, inside the angle brackets, is plain ASCII even when the name is encoded.
  const from = /^From: (.*)$/m.exec(eml)?.[1] ?? "";

  const { SMTP_HOST: host, SMTP_PORT: port, SMTP_SECURE, SMTP_USER: user, SMTP_PASS: pass } = smtp.data;
  const local = host === "localhost" || host === "::1" || host.startsWith("127.");
  const transport = createTransport({
    host,
    port,
    secure: SMTP_SECURE === "true",
    requireTLS: !local,
    ...(user ? { auth: { user, pass: pass ?? "" } } : {}),
  });
  try {
    const envelopeFrom = /<([^>]+)>/.exec(from)?.[1] ?? from;
    await transport.sendMail({ envelope: { from: envelopeFrom, to: [to.data] }, raw: eml });
  } catch (error) {
    throw new CliError(
      `the mail server ${host}:${port} refused the message: ${(error as Error).message}`,
      EXIT.internal,
    );
  } finally {
    transport.close();
  }
  process.stderr.write(
    `${styler(process.stderr).green(forTerminal(`sent "${titleWords(parseTitle(loaded.document.title).tree)}" to ${to.data} through ${host}:${port}`))}\n`,
  );
  return EXIT.ok;
}

// What to set, in words, with a command line to copy: the variables are read from the environment.
function smtpHelp(issues: readonly { path: PropertyKey[] }[], file: string, to: string): string {
  const lines = issues.map(({ path }) => {
    const name = String(path[0]);
    const input = process.env[name]?.trim();
    const value = input ? `is "${input}"` : "is not set";
    if (name === "SMTP_HOST") return `SMTP_HOST ${value}: set it to your mail server's name, e.g. smtp.example.org`;
    if (name === "SMTP_PORT")
      return `SMTP_PORT ${value}: set it to the server's port, usually 587 (or 465 with SMTP_SECURE=true)`;
    return `SMTP_SECURE ${value}: set it to true for port 465, or leave it out`;
  });
  return [
    "send-test sends through your mail server, named in environment variables:",
    ...lines.map((line) => `  ${line}`),
    "  SMTP_USER and SMTP_PASS: your login, if the server asks for one (sent only over TLS)",
    `For example:\n  SMTP_HOST=smtp.example.org SMTP_PORT=587 SMTP_USER=${to} SMTP_PASS=… belarusbrief send-test ${file} --to ${to}`,
  ].join("\n");
}
