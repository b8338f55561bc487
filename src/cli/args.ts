import { parseArgs, type ParseArgsConfig } from 'node:util';
import { isAbsolute, resolve } from 'node:path';
import { DbDeployError } from '../core/errors.js';
import { parseDuration } from '../core/duration.js';
import { secretsOf } from '../core/db/index.js';
import {
  FORMAT_CHOICES,
  MIGRATE_DEFAULTS,
  parsePlaceholders,
  type StatusOptions,
} from '../core/migrations/index.js';

import type { MirroredOption } from './help.js';
import { declaredMs } from './help.js';

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

/** Parses argv strictly: an unknown option or a missing value is a usage error (exit code 2). */
export function parseCommandArgs<T extends OptionSpec>(
  argv: string[],
  options: T,
  command: string,
  allowPositionals = false,
) {
  const config = {
    args: argv,
    options: { ...options, help: { type: 'boolean', short: 'h' } } as T & {
      help: { type: 'boolean'; short: 'h' };
    },
    strict: true as const,
    allowPositionals,
  };
  try {
    return parseArgs(config);
  } catch (error) {
    throw new UsageError(`${(error as Error).message.split('\n')[0]}`, command);
  }
}

/** A command line that cannot be understood; the CLI prints it with a pointer to --help and exits 2. */
export class UsageError extends DbDeployError {
  constructor(message: string, command: string) {
    super('usage', message, { hint: `run db-deploy ${command} --help` });
  }
}

export function durationOption(value: string | undefined, name: string, fallback: number): number {
  return value === undefined ? fallback : parseDuration(value, `--${name}`);
}

export function integerOption(
  value: string | undefined,
  name: string,
  min: number,
): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < min) {
    throw new DbDeployError(
      'bad-input',
      `--${name}: "${value}" is not a whole number of at least ${min}`,
      { hint: `pass e.g. --${name} ${Math.max(min, 1)}` },
    );
  }
  return Number(value);
}

export function pathOption(value: string | undefined, fallback: string): string {
  const path = value ?? fallback;
  return isAbsolute(path) ? path : resolve(process.cwd(), path);
}

/** --database-url, or $DATABASE_URL. */
export function databaseUrlOption(value: string | undefined): string {
  const url = value ?? process.env.DATABASE_URL;
  if (!url) {
    throw new DbDeployError('bad-input', 'no database URL given', {
      hint: 'pass --database-url URL or set DATABASE_URL',
    });
  }
  return url;
}

/**
 * The options every command that connects to the migrations' database takes (its help and its
 * parser's options, through commandOptions), from the inputs migrate and validate share (the
 * CLI's --dir, --format and --placeholder are their migrations-dir, migration-format and
 * placeholders).
 */
export const CONNECTION_HELP = [
  { input: 'database-url', arg: 'URL', text: 'connection URL', fallback: '$DATABASE_URL' },
  { input: 'migrations-dir', flag: 'dir', arg: 'DIR', fallback: "the format's, e.g. migrations" },
  { input: 'migration-format', flag: 'format', arg: 'NAME' },
  {
    input: 'placeholders',
    flag: 'placeholder',
    arg: 'NAME=VALUE',
    text: "a value for the tool's placeholders (Flyway's ${NAME}); repeatable",
    repeat: true,
  },
  { input: 'connect-timeout', arg: 'D' },
  { input: 'migrations-table', arg: 'NAME', fallback: "the format's, e.g. pgmigrations" },
  { input: 'schema', arg: 'NAME', fallback: "the format's, e.g. public" },
  { input: 'knex-environment', arg: 'ENV', fallback: '$NODE_ENV, else development' },
] as const satisfies ReadonlyArray<MirroredOption<'migrate' | 'validate'>>;

/** The options that find the migrations and say how to reach a database, without its URL. */
type LocationValues = {
  dir?: string;
  format?: string;
  'connect-timeout'?: string;
  'migrations-table'?: string;
  schema?: string;
  placeholder?: string[];
  'knex-environment'?: string;
};

/**
 * Where the migrations are and how to connect: every option of CONNECTION_HELP but the URL.
 * Empty locations mean the format's own configuration or default.
 */
export function locationOptions(
  v: LocationValues,
  command: string,
): Omit<StatusOptions, 'databaseUrl'> {
  const d = MIGRATE_DEFAULTS;
  return {
    format: choiceOption(v.format ?? d.format, FORMAT_CHOICES, 'format', command),
    migrationsDir: v.dir ? pathOption(v.dir, '') : undefined,
    baseDir: process.cwd(),
    connectTimeoutMs: durationOption(
      v['connect-timeout'],
      'connect-timeout',
      declaredMs('migrate', 'connect-timeout'),
    ),
    migrationsTable: v['migrations-table'] || undefined,
    schema: v.schema || undefined,
    placeholders: parsePlaceholders(v.placeholder ?? [], '--placeholder'),
    environment: v['knex-environment'] || undefined,
  };
}

/**
 * The options every command takes to find the migrations and their database, parsed once; the
 * URL's secrets are registered for redaction before anything else can print.
 */
export function connectionOptions(
  v: LocationValues & { 'database-url'?: string },
  secrets: string[],
  command: string,
): StatusOptions {
  const databaseUrl = databaseUrlOption(v['database-url']);
  secrets.push(...secretsOf(databaseUrl));
  return { databaseUrl, ...locationOptions(v, command) };
}

/** One of a fixed set of values; anything else is a usage error (exit code 2). */
export function choiceOption<T extends string>(
  value: string,
  allowed: readonly T[],
  name: string,
  command: string,
): T {
  if (!(allowed as readonly string[]).includes(value))
    throw new UsageError(`--${name}: "${value}" is not one of ${allowed.join(', ')}`, command);
  return value as T;
}
