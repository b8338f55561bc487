import { stat } from 'node:fs/promises';
import { basename, relative, resolve } from 'node:path';
import { parseDatabaseUrl } from '../../../db/index.js';
import { DbDeployError } from '../../../errors.js';
import type { FormatConfig, FormatRequest, MigrationFormat } from '../../engine/types.js';
import { plainSqlFormat } from '../plain-sql.js';
import { readFlywaySettings, type FlywaySettings } from './config.js';
import { listFlywayFiles, type FlywayReadOptions } from './files.js';
import { isFlywayFile } from './names.js';
import { flywayLedger } from './ledger.js';

/**
 * Flyway's defaults: the schema history table, and where projects keep SQL migrations (Spring
 * Boot and the Maven/Gradle plugins read `classpath:db/migration`, i.e.
 * `src/main/resources/db/migration`; the command line reads `filesystem:sql`).
 */
export const FLYWAY_DEFAULTS = {
  migrationsDirs: ['src/main/resources/db/migration', 'sql'],
  table: 'flyway_schema_history',
};

/** Flyway's marker files in a checkout. */
export const FLYWAY_MARKERS = ['flyway.conf', 'conf/flyway.conf', 'flyway.toml'];

const isDirectory = (path: string) =>
  stat(path).then(
    (s) => s.isDirectory(),
    () => false,
  );

/** Flyway: `V…__`, `U…__` and `R__` SQL files, and `flyway_schema_history`. */
export function flywayFormat(): MigrationFormat {
  let options: FlywayReadOptions | undefined;
  let settingsBase: string | undefined;
  const readOptions = async (baseDir: string): Promise<FlywayReadOptions> => {
    if (options && settingsBase === baseDir) return options;
    const settings = await readFlywaySettings(baseDir, process.env);
    settingsBase = baseDir;
    options = toOptions(settings, undefined);
    return options;
  };
  return plainSqlFormat({
    name: 'flyway',
    async configure(request: FormatRequest): Promise<FormatConfig> {
      const settings = await readFlywaySettings(request.baseDir, process.env);
      // The placeholders input comes after Flyway's own settings, as a later config layer.
      for (const [name, value] of Object.entries(request.placeholders ?? {}))
        settings.placeholders.set(name, value);
      const table = request.migrationsTable ?? settings.table ?? FLYWAY_DEFAULTS.table;
      const schema = request.schema ?? settings.schema ?? 'public';
      const target = request.databaseUrl ? parseDatabaseUrl(request.databaseUrl) : undefined;
      settingsBase = request.baseDir;
      options = toOptions(
        settings,
        target && { defaultSchema: schema, user: target.user, database: target.database, table },
      );
      return {
        format: 'flyway',
        migrationsDir: request.migrationsDir ?? (await locationOf(request.baseDir, settings)),
        ledger: { schema, table, checksums: `${table}_checksums` },
      };
    },
    list: async (config, baseDir) =>
      listFlywayFiles(config.migrationsDir, baseDir, await readOptions(baseDir)),
    isMigrationPath: (path) => isFlywayFile(basename(path)),
    async readOne(path, baseDir) {
      const dir = resolve(path, '..');
      const all = await listFlywayFiles(dir, baseDir, await readOptions(baseDir));
      const found = all.find((m) => m.path === path || m.flyway.undo?.script === basename(path));
      if (!found)
        throw new DbDeployError(
          'not-a-migration',
          `"${relative(baseDir, path)}" is not a Flyway migration`,
          {
            hint: 'name a V<version>__<description>.sql or R__<description>.sql file',
          },
        );
      return found;
    },
    ledger: (config, migrations) => flywayLedger(config.ledger, migrations),
  });
}

function toOptions(
  settings: FlywaySettings,
  builtIns: FlywayReadOptions['builtIns'],
): FlywayReadOptions {
  return {
    placeholders: settings.placeholders,
    placeholderReplacement: settings.placeholderReplacement,
    prefix: settings.placeholderPrefix,
    suffix: settings.placeholderSuffix,
    builtIns,
  };
}

/** The one location on disk Flyway's settings (or its defaults) name. */
async function locationOf(baseDir: string, settings: FlywaySettings): Promise<string> {
  const candidates = settings.locations.length
    ? settings.locations
    : FLYWAY_DEFAULTS.migrationsDirs;
  const existing: string[] = [];
  for (const dir of candidates) if (await isDirectory(resolve(baseDir, dir))) existing.push(dir);
  if (existing.length > 1 && settings.locations.length > 1) {
    throw new DbDeployError(
      'several-locations',
      `Flyway's settings name several locations (${existing.join(', ')}); db-deploy reads one migrations directory`,
      {
        hint: 'set migrations-dir to the location to migrate, or keep all migrations in one location',
      },
    );
  }
  return resolve(baseDir, existing[0] ?? candidates[0]!);
}
