import { stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { DbDeployError, oneLine } from '../../../errors.js';
import { importModule } from '../../module-loader.js';

/**
 * The knexfile: knex's configuration, which is code. It is evaluated as knex's CLI does
 * (bin/cli.js `openKnexfile`, bin/utils/cli-config-utils.js `resolveEnvironmentConfig`): the
 * module's default export if it has one, called if it is a function, then the environment's
 * entry if there is one (`knex-environment`, else NODE_ENV, else `development`), else the whole
 * object. Only what decides which migrations run and where knex records them is taken; the
 * connection is the action's input, never the knexfile's.
 */

/** knexfile names, in the order db-deploy looks for them (knex's CLI: js, mjs, …, ts). */
export const KNEXFILE_NAMES = ['knexfile.js', 'knexfile.cjs', 'knexfile.mjs', 'knexfile.ts'];

/** knex's defaults (lib/migrations/migrate/migrator-configuration-merger.js `CONFIG_DEFAULT`). */
export const KNEX_DEFAULTS = {
  directory: './migrations',
  tableName: 'knex_migrations',
  loadExtensions: ['.co', '.coffee', '.eg', '.iced', '.js', '.cjs', '.litcoffee', '.ls', '.ts'],
  environment: 'development',
} as const;

/** Where knex keeps its ledger when nothing is configured: for detection by ledger. */
export const KNEX_LEDGER = {
  schema: 'public',
  table: KNEX_DEFAULTS.tableName,
  display: `public.${KNEX_DEFAULTS.tableName}`,
};

/** knex's client names for PostgreSQL (lib/constants.js `SUPPORTED_CLIENTS` and aliases). */
const POSTGRES_CLIENTS = ['pg', 'postgres', 'postgresql', 'pgnative', 'pg-native'];

/** A knexfile found in the repository. */
export interface Knexfile {
  path: string;
  /** As messages show it, relative to the checkout. */
  display: string;
}

/** What db-deploy takes from a knexfile (or knex's defaults when there is none). */
export interface KnexSettings {
  /** The knexfile read, if any. */
  knexfile?: Knexfile;
  /** The environment whose entry was used, when the knexfile has environments. */
  environment?: string;
  /** Absolute migration directories, in the order given. */
  directories: string[];
  tableName: string;
  /** `migrations.schemaName`; undefined: unqualified, as knex writes it (the search_path). */
  schemaName?: string;
  /** File endings knex loads as migrations. */
  loadExtensions: string[];
  sortDirsSeparately: boolean;
  disableTransactions: boolean;
  /** The knexfile's `searchPath`, set on the migration session as knex sets it on its connections. */
  searchPath?: string[];
  /** The knexfile's settings that change the SQL knex builds (`wrapIdentifier`…), for the knex instance. */
  knexOptions: Record<string, unknown>;
  /** The directory knex would run in (the knexfile's), to find the project's own knex. */
  projectDir: string;
}

/**
 * The knexfile of a repository: looked for from the migrations directory given (if any) up to
 * the checkout, else in the checkout itself.
 */
export async function findKnexfile(request: {
  baseDir: string;
  migrationsDir?: string;
}): Promise<Knexfile | undefined> {
  const base = resolve(request.baseDir);
  const dirs: string[] = [];
  if (request.migrationsDir) {
    for (let dir = resolve(request.migrationsDir); ; dir = dirname(dir)) {
      const inside = relative(base, dir);
      if (inside.startsWith('..') || isAbsolute(inside)) break;
      dirs.push(dir);
      if (dir === base) break;
    }
  }
  if (!dirs.includes(base)) dirs.push(base);
  for (const dir of dirs) {
    for (const name of KNEXFILE_NAMES) {
      const path = join(dir, name);
      if ((await stat(path).catch(() => undefined))?.isFile())
        return { path, display: relative(base, path) || name };
    }
  }
  return undefined;
}

/** The environment knex's CLI would use: the input, else NODE_ENV, else `development`. */
export function knexEnvironment(given: string | undefined): string {
  return given || process.env.NODE_ENV || KNEX_DEFAULTS.environment;
}

/**
 * Evaluates a knexfile as knex's CLI does and takes the migration settings of its environment.
 * One clear line when it cannot be evaluated (a missing dependency: the workflow must install
 * the project's packages first), names another database than PostgreSQL, or asks for a custom
 * migration source db-deploy cannot read as files.
 */
export async function readKnexfile(
  knexfile: Knexfile,
  environment: string | undefined,
): Promise<KnexSettings> {
  const env = knexEnvironment(environment);
  let all: unknown;
  try {
    let config: unknown = await importModule(knexfile.path);
    const withDefault = config as { default?: unknown } | undefined;
    if (withDefault && withDefault.default) config = withDefault.default;
    if (typeof config === 'function') config = await (config as () => unknown)();
    all = config;
  } catch (error) {
    const message = oneLine((error as Error)?.message ?? String(error));
    const missing = /Cannot find (?:module|package) '([^']+)'/.exec(message)?.[1];
    throw new DbDeployError(
      'knexfile-failed',
      `${knexfile.display} cannot be evaluated: ${message.split(/\s+Require stack:/)[0]}`,
      {
        where: knexfile.display,
        hint: missing
          ? `install the project's packages before db-deploy runs (a step with npm ci), so that ${missing} can be loaded`
          : 'fix the knexfile so that `node -e "require(\'./knexfile\')"` loads it',
        cause: error,
      },
    );
  }
  if (!all || typeof all !== 'object') {
    throw new DbDeployError('knexfile-failed', `${knexfile.display} exports no configuration`, {
      where: knexfile.display,
      hint: 'export the configuration object (module.exports = { client: "pg", … }), one per environment, or a function returning it',
    });
  }
  const entries = all as Record<string, unknown>;
  const chosen = entries[env];
  let config: Record<string, unknown>;
  let usedEnvironment: string | undefined;
  if (chosen && typeof chosen === 'object') {
    config = chosen as Record<string, unknown>;
    usedEnvironment = env;
  } else {
    const environments = Object.keys(entries).filter((key) => isEnvironment(entries[key]));
    if (!('client' in entries || 'migrations' in entries) && environments.length > 0) {
      throw new DbDeployError(
        'knexfile-environment',
        `${knexfile.display} has no "${env}" environment (it has ${environments.join(', ')})`,
        {
          where: knexfile.display,
          hint: 'set knex-environment (--knex-environment in the CLI) or NODE_ENV to one of them',
        },
      );
    }
    config = entries;
  }
  return settingsOf(config, knexfile, usedEnvironment);
}

function isEnvironment(value: unknown): boolean {
  return (
    !!value &&
    typeof value === 'object' &&
    ('client' in value || 'connection' in value || 'migrations' in value)
  );
}

/** The settings of one environment's configuration. */
function settingsOf(
  config: Record<string, unknown>,
  knexfile: Knexfile,
  environment: string | undefined,
): KnexSettings {
  const where = knexfile.display;
  const projectDir = dirname(knexfile.path);
  const client = config.client;
  if (typeof client === 'string' && !POSTGRES_CLIENTS.includes(client)) {
    throw new DbDeployError(
      'knexfile-client',
      `${where} configures knex for ${client}${environment ? ` (environment ${environment})` : ''}, and db-deploy migrates PostgreSQL`,
      {
        where,
        hint: 'use client: "pg" for PostgreSQL, or choose the environment with knex-environment',
      },
    );
  }
  const migrations = (config.migrations ?? {}) as Record<string, unknown>;
  const fsOptions = ['directory', 'sortDirsSeparately', 'loadExtensions'].some(
    (key) => migrations[key] !== undefined,
  );
  // knex itself drops a migrationSource when a file-system option is set (with a warning).
  if (migrations.migrationSource && !fsOptions) {
    throw new DbDeployError(
      'knexfile-migration-source',
      `${where} sets migrations.migrationSource, a custom migration source, which db-deploy cannot read as migration files`,
      {
        where,
        hint: 'keep the migrations as files under migrations.directory (knex reads them the same way)',
      },
    );
  }
  const directory = migrations.directory ?? KNEX_DEFAULTS.directory;
  const directories = (Array.isArray(directory) ? directory : [directory]).map((dir) => {
    if (typeof dir !== 'string')
      throw badSetting(where, 'migrations.directory', 'a path or a list of paths');
    return resolve(projectDir, dir);
  });
  const tableName = migrations.tableName ?? KNEX_DEFAULTS.tableName;
  if (typeof tableName !== 'string' || tableName === '')
    throw badSetting(where, 'migrations.tableName', 'a table name');
  const schemaName = migrations.schemaName ?? undefined;
  if (schemaName !== undefined && typeof schemaName !== 'string')
    throw badSetting(where, 'migrations.schemaName', 'a schema name');
  const loadExtensions = migrations.loadExtensions ?? KNEX_DEFAULTS.loadExtensions;
  if (!Array.isArray(loadExtensions) || loadExtensions.some((e) => typeof e !== 'string'))
    throw badSetting(where, 'migrations.loadExtensions', 'a list of file endings such as ".js"');
  const searchPath = config.searchPath;
  const knexOptions: Record<string, unknown> = {};
  for (const key of ['wrapIdentifier', 'postProcessResponse', 'useNullAsDefault', 'returning'])
    if (config[key] !== undefined) knexOptions[key] = config[key];
  return {
    knexfile,
    environment,
    directories,
    tableName,
    schemaName: schemaName || undefined,
    loadExtensions: loadExtensions as string[],
    sortDirsSeparately: migrations.sortDirsSeparately === true,
    disableTransactions: migrations.disableTransactions === true,
    searchPath:
      typeof searchPath === 'string'
        ? [searchPath]
        : Array.isArray(searchPath)
          ? searchPath.map(String)
          : undefined,
    knexOptions,
    projectDir,
  };
}

function badSetting(where: string, key: string, expected: string): DbDeployError {
  return new DbDeployError('knexfile-failed', `${where}: ${key} must be ${expected}`, {
    where,
    hint: `fix ${key} in the knexfile`,
  });
}

/** knex's defaults, for a repository without a knexfile (detected by its ledger, or chosen). */
export function defaultSettings(baseDir: string): KnexSettings {
  return {
    directories: [resolve(baseDir, KNEX_DEFAULTS.directory)],
    tableName: KNEX_DEFAULTS.tableName,
    loadExtensions: [...KNEX_DEFAULTS.loadExtensions],
    sortDirsSeparately: false,
    disableTransactions: false,
    knexOptions: {},
    projectDir: baseDir,
  };
}
