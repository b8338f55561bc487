import { basename, relative } from 'node:path';
import type { FormatConfig, FormatRequest, MigrationFormat } from '../../engine/types.js';
import { plainSqlFormat } from '../plain-sql.js';
import { searchPathConfig, searchPathSetup, type ToolDefaults } from '../sql-files.js';
import { golangMigrateLedger } from './ledger.js';
import { isGolangMigrateFile, listGolangMigrateFiles, readGolangMigrateFile } from './files.js';

/**
 * golang-migrate has no default directory (`-path` is required); `db/migrations` is the one
 * its documentation and `migrate create -dir` examples use. Its table is `schema_migrations`.
 */
export const GOLANG_MIGRATE_DEFAULTS: ToolDefaults = {
  migrationsDir: 'db/migrations',
  table: 'schema_migrations',
};

/** golang-migrate: `<version>_<title>.up.sql` / `.down.sql` pairs and a one-row ledger. */
export function golangMigrateFormat(): MigrationFormat {
  let databaseUrl: string | undefined;
  let baseDir = '.';
  return plainSqlFormat({
    name: 'golang-migrate',
    async configure(request: FormatRequest): Promise<FormatConfig> {
      databaseUrl = request.databaseUrl;
      baseDir = request.baseDir;
      return searchPathConfig('golang-migrate', GOLANG_MIGRATE_DEFAULTS, request);
    },
    list: (config, base) => listGolangMigrateFiles(config.migrationsDir, base),
    isMigrationPath: (path) => isGolangMigrateFile(basename(path)),
    readOne: readGolangMigrateFile,
    ledger: (config, migrations) =>
      golangMigrateLedger(
        config.ledger,
        migrations,
        searchPathSetup(databaseUrl),
        relative(baseDir, config.migrationsDir) || '.',
      ),
  });
}
