import { dirname } from "node:path";
import type { Artifact } from "@belarusbrief/core";
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

/** Options of `belarusbrief send-test`. */
export interface SendTestOptions {
  to: string;
}

const Smtp = z.object({
  SMTP_HOST: z.string().min(1, { error: "set SMTP_HOST to your mail server, e.g. smtp.example.org" }),
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
  if (!smtp.success) {
    throw new CliError(`${smtp.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`).join("; ")}`, EXIT.usage);
  }

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
    `${styler(process.stderr).green(`sent "${loaded.document.title}" to ${to.data} through ${host}:${port}`)}\n`,
  );
  return EXIT.ok;
}
