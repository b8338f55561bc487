import { basename } from 'node:path';
import type { FormatConfig, FormatRequest, MigrationFormat } from '../../engine/types.js';
import { plainSqlFormat } from '../plain-sql.js';
import { searchPathConfig, searchPathSetup, type ToolDefaults } from '../sql-files.js';
import { gooseLedger } from './ledger.js';
import { isGooseFile, listGooseFiles, readGooseFile } from './files.js';

/** goose's defaults (`-dir` is `.`; projects keep `db/migrations` or `migrations`), its table. */
export const GOOSE_DEFAULTS: ToolDefaults = {
  migrationsDir: 'db/migrations',
  table: 'goose_db_version',
};

/** goose: `<version>_<name>.sql` with `-- +goose Up` / `-- +goose Down` annotations. */
export function gooseFormat(): MigrationFormat {
  let databaseUrl: string | undefined;
  return plainSqlFormat({
    name: 'goose',
    async configure(request: FormatRequest): Promise<FormatConfig> {
      databaseUrl = request.databaseUrl;
      return searchPathConfig('goose', GOOSE_DEFAULTS, request);
    },
    list: (config, baseDir) => listGooseFiles(config.migrationsDir, baseDir),
    isMigrationPath: (path) => isGooseFile(basename(path)),
    readOne: readGooseFile,
    ledger: (config) => gooseLedger(config.ledger, searchPathSetup(databaseUrl)),
  });
}
