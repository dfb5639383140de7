/** An error the user caused (a missing file, a bad option): one line, an exit code, no stack. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = 2,
  ) {
    super(message);
  }
}
