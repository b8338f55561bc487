import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { FormatConfig, FormatRequest, MigrationFormat } from '../../engine/types.js';
import { plainSqlFormat } from '../plain-sql.js';
import { isDieselMigrationPath, listDieselMigrations, readDieselMigration } from './files.js';
import { dieselLedger } from './ledger.js';

/** Diesel's defaults: `migrations/` (diesel.toml's `[migrations_directory] dir`), its table. */
export const DIESEL_DEFAULTS = { migrationsDir: 'migrations', table: '__diesel_schema_migrations' };

/** Diesel's marker file. */
export const DIESEL_MARKER = 'diesel.toml';

/** `[migrations_directory] dir = "…"` in diesel.toml, if set. */
async function configuredDir(baseDir: string): Promise<string | undefined> {
  const text = await readFile(join(baseDir, DIESEL_MARKER), 'utf8').catch(() => '');
  const section =
    /^\s*\[migrations_directory\]\s*$([\s\S]*?)(?=^\s*\[|$(?![\s\S]))/m.exec(text)?.[1] ?? '';
  return /^\s*dir\s*=\s*"([^"]*)"/m.exec(section)?.[1];
}

/** Diesel: `<version>_<name>/up.sql` + `down.sql` folders and `__diesel_schema_migrations`. */
export function dieselFormat(): MigrationFormat {
  return plainSqlFormat({
    name: 'diesel',
    async configure(request: FormatRequest): Promise<FormatConfig> {
      const table = request.migrationsTable ?? DIESEL_DEFAULTS.table;
      const dir =
        request.migrationsDir ??
        resolve(
          request.baseDir,
          (await configuredDir(request.baseDir)) ?? DIESEL_DEFAULTS.migrationsDir,
        );
      return {
        format: 'diesel',
        migrationsDir: dir,
        ledger: { schema: request.schema ?? 'public', table, checksums: `${table}_checksums` },
      };
    },
    list: (config, baseDir) => listDieselMigrations(config.migrationsDir, baseDir),
    isMigrationPath: isDieselMigrationPath,
    readOne: (path, baseDir) => readDieselMigration(resolve(path, '..'), baseDir),
    ledger: (config) => dieselLedger(config.ledger),
  });
}
