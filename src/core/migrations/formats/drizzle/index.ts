import { resolve } from 'node:path';
import type { FormatConfig, FormatRequest, MigrationFormat } from '../../engine/types.js';
import { plainSqlFormat } from '../plain-sql.js';
import { readDrizzleSettings } from './config.js';
import { isDrizzleMigrationPath, listDrizzleMigrations } from './files.js';
import { drizzleLedger } from './ledger.js';

/** drizzle-kit's defaults (`out`, `migrations.table`, `migrations.schema`). */
export const DRIZZLE_DEFAULTS = {
  migrationsDir: 'drizzle',
  table: '__drizzle_migrations',
  schema: 'drizzle',
};

export { DRIZZLE_CONFIGS } from './config.js';

/** drizzle-kit: SQL files ordered by meta/_journal.json, forward-only, `drizzle.__drizzle_migrations`. */
export function drizzleFormat(): MigrationFormat {
  return plainSqlFormat({
    name: 'drizzle',
    async configure(request: FormatRequest): Promise<FormatConfig> {
      const settings = await readDrizzleSettings(request.baseDir);
      const d = DRIZZLE_DEFAULTS;
      const table = request.migrationsTable ?? settings.table ?? d.table;
      return {
        format: 'drizzle',
        migrationsDir:
          request.migrationsDir ?? resolve(request.baseDir, settings.out ?? d.migrationsDir),
        ledger: {
          schema: request.schema ?? settings.schema ?? d.schema,
          table,
          checksums: `${table}_checksums`,
        },
      };
    },
    list: (config, baseDir) => listDrizzleMigrations(config.migrationsDir, baseDir),
    isMigrationPath: isDrizzleMigrationPath,
    async readOne(path, baseDir) {
      const all = await listDrizzleMigrations(resolve(path, '..'), baseDir);
      const found = all.find((m) => m.path === resolve(path));
      if (!found) throw new Error(`${path} is not in drizzle-kit's journal`);
      return found;
    },
    ledger: (config, migrations) => drizzleLedger(config.ledger, migrations),
  });
}
