// The small error vocabulary of ssh-doctor: every expected failure is an AppError with an exit code.

/** Exit codes of the CLI (see README "Exit codes"). */
export const ExitCode = {
  ok: 0,
  problem: 1,
  usage: 2,
  notSent: 3,
  internal: 70,
} as const;

/** An expected failure: `cli/` prints `message` (and `hint`) on one line and exits with `exitCode`. */
export class AppError extends Error {
  readonly code: string;
  readonly exitCode: number;
  readonly hint?: string;

  constructor(
    code: string,
    message: string,
    opts: { exitCode?: number; hint?: string; cause?: unknown } = {},
  ) {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.name = new.target.name;
    this.code = code;
    this.exitCode = opts.exitCode ?? ExitCode.internal;
    if (opts.hint !== undefined) this.hint = opts.hint;
  }
}

/** Bad flags or arguments (exit 2). */
export class UsageError extends AppError {
  constructor(message: string, opts: { hint?: string; cause?: unknown } = {}) {
    super('usage', message, { ...opts, exitCode: ExitCode.usage });
  }
}

/** A config or profile file that cannot be read or does not validate (exit 2). */
export class ConfigError extends AppError {
  constructor(message: string, opts: { hint?: string; cause?: unknown } = {}) {
    super('config', message, { ...opts, exitCode: ExitCode.usage });
  }
}

/** Input that cannot be parsed (a received report, a key file...) (exit 2). */
export class InputError extends AppError {
  constructor(message: string, opts: { hint?: string; cause?: unknown } = {}) {
    super('input', message, { ...opts, exitCode: ExitCode.usage });
  }
}

/** A message that could not be handed to a mail server; it stays in the outbox (exit 3). */
export class MailError extends AppError {
  constructor(message: string, opts: { hint?: string; cause?: unknown } = {}) {
    super('mail', message, { ...opts, exitCode: ExitCode.notSent });
  }
}
