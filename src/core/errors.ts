/**
 * Errors a user can fix (bad input, a broken migration, a refused operation) are
 * `DbDeployError`s: they carry one line saying what failed, where, and what to do.
 * Anything else reaching the action wrapper is a bug in db-deploy and is reported as such.
 */
export class DbDeployError extends Error {
  /** Where the failure happened, e.g. `migrations/1700_add_index.sql:3:1` or `db.example.com:5432/app`. */
  readonly where: string | undefined;
  /** What the user should do about it. */
  readonly hint: string | undefined;
  /** A stable machine-readable code, e.g. `auth-failed`, `lock-timeout`. */
  readonly code: string;
  /** What the operation achieved before it failed (e.g. the migrations already applied), for reports. */
  partial: unknown;

  constructor(
    code: string,
    message: string,
    options: { where?: string; hint?: string; cause?: unknown; partial?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'DbDeployError';
    this.code = code;
    this.where = options.where;
    this.hint = options.hint;
    this.partial = options.partial;
  }

  /** `what (where) — what to do`, on one line. */
  toLine(): string {
    const where = this.where ? ` (${this.where})` : '';
    const hint = this.hint ? ` — ${this.hint}` : '';
    return oneLine(`${this.message}${where}${hint}`);
  }
}

export function isDbDeployError(error: unknown): error is DbDeployError {
  return error instanceof DbDeployError;
}

/** Collapses whitespace so a message always fits on one log line. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The one line reported for any thrown value: user errors as they are, bugs marked as bugs. */
export function describeError(error: unknown): string {
  if (isDbDeployError(error)) return error.toLine();
  const message = error instanceof Error ? error.message : String(error);
  return oneLine(`unexpected internal error: ${message} — please report it with the step log`);
}

/** For exhaustive switches over discriminated unions. */
export function assertNever(value: never): never {
  throw new Error(`unhandled case: ${JSON.stringify(value)}`);
}
