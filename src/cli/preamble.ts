import { secretsOf } from '../core/db/index.js';
import { databaseUrlOption, parseCommandArgs, type OptionSpec } from './args.js';
import type { CliIo } from './output.js';

type UrlMode = 'required' | 'optional' | undefined;

/** What a command declares for the preamble every command shares. */
export interface PreambleSpec<T extends OptionSpec, U extends UrlMode> {
  /** The command's name, for usage errors (`run db-deploy <command> --help`). */
  command: string;
  options: T;
  help: string;
  allowPositionals?: boolean;
  /**
   * The connection URL: `required` takes --database-url, else DATABASE_URL, and refuses neither;
   * `optional` takes either when given. Its secrets are registered at once.
   */
  databaseUrl?: U;
  /** Further options holding connection URLs (e.g. stats-database-url), registered as secrets. */
  secretUrls?: readonly (keyof T & string)[];
}

/**
 * The opening every command shares: parse argv strictly (a usage error exits 2), answer --help
 * (undefined: the help was printed, exit 0), then take the connection URL and register every
 * URL's secrets before anything can print.
 */
export function commandPreamble<T extends OptionSpec, U extends UrlMode = undefined>(
  argv: string[],
  io: CliIo,
  spec: PreambleSpec<T, U>,
):
  | (ReturnType<typeof parseCommandArgs<T>> & {
      databaseUrl: U extends 'required' ? string : string | undefined;
    })
  | undefined {
  const parsed = parseCommandArgs(argv, spec.options, spec.command, spec.allowPositionals);
  const values = parsed.values as Record<string, unknown>;
  if (values.help) {
    io.out(spec.help);
    return undefined;
  }
  const given = values['database-url'] as string | undefined;
  const databaseUrl =
    spec.databaseUrl === 'required'
      ? databaseUrlOption(given)
      : spec.databaseUrl === 'optional'
        ? (given ?? process.env.DATABASE_URL)
        : undefined;
  if (databaseUrl) io.secrets.push(...secretsOf(databaseUrl));
  for (const name of spec.secretUrls ?? []) {
    const value = values[name];
    for (const url of Array.isArray(value) ? value : [value])
      if (typeof url === 'string' && url) io.secrets.push(...secretsOf(url));
  }
  return {
    ...parsed,
    databaseUrl: databaseUrl as U extends 'required' ? string : string | undefined,
  };
}
