/** Exit codes scripts can rely on. */
export const EXIT = {
  /** Everything valid, every output written. */
  ok: 0,
  /** The content has errors (or warnings with `--strict`); nothing was written. */
  content: 1,
  /** The command line is wrong: unknown command or option, missing argument, no content found. */
  usage: 2,
  /** A bug or an environment problem (disk full, permissions). */
  internal: 3,
} as const;

/** An error that ends the command with a given exit code and a message for the user. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}
