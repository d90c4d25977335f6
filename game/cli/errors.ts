/**
 * A user-facing failure: one line on stderr, no stack trace. Exit 1 is a "no" verdict (validation found
 * errors, a replay diverged); exit 2 is bad usage or input (unknown flag or id, malformed file, illegal move).
 */
export class CliError extends Error {
  constructor(
    readonly exitCode: 1 | 2,
    message: string,
  ) {
    super(message);
  }
}

export const usage = (message: string) => new CliError(2, message);
export const verdict = (message: string) => new CliError(1, message);
