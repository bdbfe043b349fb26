import type { ImportKind } from "@belarusbrief/import";
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { OUTPUT_NAMES } from "./adapters.js";
import { CliError, EXIT } from "./exit-codes.js";
import { forTerminal } from "./terminal-text.js";

// Written out rather than imported, so that other commands start without loading the importer;
// test/import.test.ts checks it against the package's IMPORT_KINDS.
const IMPORT_KINDS: ImportKind[] = ["brief", "news", "press-release", "statement", "appeal"];

const EXIT_CODES_HELP = `
Exit codes:
  0  everything valid, outputs written
  1  the content or belarusbrief.json has errors (with --strict, warnings too)
  2  the command line is wrong
  3  the output could not be written (a full or read-only disk, no permission), or an internal error`;

/** Runs the `belarusbrief` command with `argv` (without `node` and the script). Returns the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  let code: number = EXIT.ok;
  const program = new Command("belarusbrief")
    .description("Validate and publish BelarusBrief documents: Markdown, email, feeds, calendar and share images.")
    .version(VERSION)
    .exitOverride()
    .configureOutput({ outputError: (text, write) => write(text) })
    .showHelpAfterError("(run with --help for usage)")
    .addHelpText("after", EXIT_CODES_HELP);

  program
    .command("validate")
    .description("check documents and print every error and warning as file:line:column")
    .argument("[paths...]", "YAML files or folders (default: the bundled content)")
    .addOption(new Option("--format <format>", "output format").choices(["text", "json"]).default("text"))
    .option("--strict", "treat warnings as errors", false)
    .addHelpText(
      "after",
      "\nExamples:\n  belarusbrief validate\n  belarusbrief validate content/2021-02-brief.yaml --strict\n  belarusbrief validate content --format json",
    )
    .action(async (paths: string[], options: { format: "text" | "json"; strict: boolean }) => {
      code = await (await import("./commands/validate.js")).validate(paths, options);
    });

  program
    .command("build")
    .description("write every output of every document, with manifest.json, replacing the previous build at once")
    .argument(
      "[paths...]",
      "YAML files or folders (default: the bundled content); naming some documents of the content folder rebuilds their files and the feeds, calendar and site, and keeps the rest",
    )
    .option("-o, --out <dir>", "output folder", "dist")
    .option("--only <outputs>", `comma-separated outputs to build: ${OUTPUT_NAMES.join(", ")}`, (v) =>
      v
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean),
    )
    .option("--json", "print a machine-readable summary on stdout, no progress", false)
    .option("--strict", "treat warnings as errors", false)
    .option("--no-cache", "render every card afresh instead of reusing cards from earlier builds")
    .addHelpText(
      "after",
      "\nExamples:\n  belarusbrief build\n  belarusbrief build content --out public\n  belarusbrief build content/2021-03-brief.yaml\n  belarusbrief build --only markdown,feeds --json",
    )
    .action(
      async (
        paths: string[],
        options: { out: string; only?: string[]; json: boolean; strict: boolean; cache: boolean },
      ) => {
        code = await (await import("./commands/build.js")).build(paths, options);
      },
    );

  program
    .command("new")
    .description("start next month's brief from the latest one: statistic series and upcoming dates carried forward")
    .argument("[folder]", "content folder (default: the bundled content)")
    .option("--month <YYYY-MM>", "month of the new brief (default: the month after the latest brief)")
    .addHelpText("after", "\nExamples:\n  belarusbrief new\n  belarusbrief new content --month 2021-04")
    .action(async (folder: string | undefined, options: { month?: string }) => {
      code = (await import("./commands/new.js")).newBrief(folder, options);
    });

  program
    .command("import")
    .description(
      "turn old briefs, news, press releases, statements and appeals (Markdown or plain text) into YAML documents",
    )
    .argument("<files...>", "text or Markdown files, one document each (a news stream gives one per item)")
    .addOption(
      new Option("--kind <kind>", "what the files are (default: detected from each text)").choices(IMPORT_KINDS),
    )
    .option("-o, --out <folder>", "folder to write into (default: the content folder here)")
    .option("--date <YYYY-MM-DD>", "publication date, for texts that name none")
    .addHelpText(
      "after",
      `
Every value the importer inferred is marked with a comment "# imported: …" on its line; read each,
correct it, delete the mark. Nothing is overwritten: a document whose file or id exists is skipped.
If any file cannot be imported, nothing is written.

Examples:
  belarusbrief import old/2021-02.md
  belarusbrief import news-2024.txt --kind news --out content
  belarusbrief import statement.txt appeal.txt --date 2021-08-09`,
    )
    .action(async (files: string[], options: { kind?: ImportKind; out?: string; date?: string }) => {
      code = (await import("./commands/import.js")).importFiles(files, options);
    });

  program
    .command("preview")
    .description(
      "serve a live preview on 127.0.0.1: email at phone and desktop width, light and dark, cards, Markdown, feeds, calendar, problems",
    )
    .argument("[paths...]", "YAML files or folders (default: the bundled content)")
    .option(
      "-p, --port <port>",
      "port to listen on (0 picks a free one)",
      (v) => {
        const port = Number(v);
        if (!Number.isInteger(port) || port < 0 || port > 65535)
          throw new InvalidArgumentError("must be a port number from 0 to 65535");
        return port;
      },
      4321,
    )
    .addHelpText(
      "after",
      "\nExamples:\n  belarusbrief preview\n  belarusbrief preview content/2021-02-brief.yaml --port 8080",
    )
    .action(async (paths: string[], options: { port: number }) => {
      code = await (await import("./commands/preview.js")).preview(paths, options);
    });

  program
    .command("send-test")
    .description("send one document's email to yourself through SMTP, to check it in real mail programs")
    .argument("<document>", "the document's YAML file")
    .requiredOption("--to <address>", "where to send it")
    .addHelpText(
      "after",
      "\nThe mail server comes from the environment: SMTP_HOST, SMTP_PORT (default 587), SMTP_SECURE=true for port 465,\nSMTP_USER and SMTP_PASS. Credentials are only sent over TLS.\n\nExample:\n  SMTP_HOST=smtp.example.org SMTP_USER=me SMTP_PASS=… belarusbrief send-test content/2021-02-brief.yaml --to me@example.org",
    )
    .action(async (document: string, options: { to: string }) => {
      code = await (await import("./commands/send-test.js")).sendTest(document, options);
    });

  try {
    // Bare `belarusbrief` asks what the command can do: the answer is the help, on stdout.
    if (argv.length === 0) {
      program.outputHelp();
      return EXIT.ok;
    }
    await program.parseAsync([...argv], { from: "user" });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.code === "commander.helpDisplayed" ||
        error.code === "commander.version" ||
        error.code === "commander.help"
        ? EXIT.ok
        : EXIT.usage;
    }
    const { ProblemsError, printProblems } = await import("./report.js");
    if (error instanceof ProblemsError) printProblems(error.problems);
    if (error instanceof CliError) {
      process.stderr.write(`belarusbrief: ${forTerminal(error.message, { lines: true })}\n`);
      return error.exitCode;
    }
    const internal = (error as Error).stack ?? String(error);
    process.stderr.write(`belarusbrief: internal error: ${forTerminal(internal, { lines: true })}\n`);
    return EXIT.internal;
  }
}

declare const __VERSION__: string;
const VERSION = typeof __VERSION__ === "string" ? __VERSION__ : "0.0.0";
