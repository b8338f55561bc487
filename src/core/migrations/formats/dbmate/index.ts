import { basename } from 'node:path';
import type { FormatConfig, FormatRequest, MigrationFormat } from '../../engine/types.js';
import { plainSqlFormat } from '../plain-sql.js';
import { searchPathConfig, searchPathSetup, type ToolDefaults } from '../sql-files.js';
import { dbmateLedger } from './ledger.js';
import { isDbmateFile, listDbmateFiles, readDbmateFile } from './files.js';

/** dbmate's defaults (`--migrations-dir`, `--migrations-table`). */
export const DBMATE_DEFAULTS: ToolDefaults = {
  migrationsDir: 'db/migrations',
  table: 'schema_migrations',
};

/** dbmate: one `.sql` file per migration with `-- migrate:up` / `-- migrate:down` sections. */
export function dbmateFormat(): MigrationFormat {
  let databaseUrl: string | undefined;
  return plainSqlFormat({
    name: 'dbmate',
    async configure(request: FormatRequest): Promise<FormatConfig> {
      databaseUrl = request.databaseUrl;
      return searchPathConfig('dbmate', DBMATE_DEFAULTS, request);
    },
    list: (config, baseDir) => listDbmateFiles(config.migrationsDir, baseDir),
    isMigrationPath: (path) => isDbmateFile(basename(path)),
    readOne: readDbmateFile,
    ledger: (config, migrations) =>
      dbmateLedger(config.ledger, migrations, searchPathSetup(databaseUrl)),
  });
}
