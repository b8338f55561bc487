// Small builders for the objects unit tests feed to pure core functions.
import { migrationChecksum } from '../../src/core/migrations/engine/checksum.js';
import type {
  AppliedMigration,
  DryRunMigration,
  Migration,
  MigrateResult,
} from '../../src/core/migrations/index.js';
import { splitSqlMigration } from '../../src/core/migrations/formats/node-pg-migrate/sql-file.js';
import type { IndexInfo } from '../../src/core/plans/types.js';

/** The text of a `.sql` migration with both sections, distinct per name. */
export function sqlText(name: string): string {
  return `-- Up Migration\nSELECT 'up ${name}';\n\n-- Down Migration\nSELECT 'down ${name}';\n`;
}

/**
 * A `.sql` migration as `readMigrationFiles` returns it, without touching the disk.
 * @param content the file text (default: an up and a down section naming the migration)
 */
export function sqlMigration(name: string, content = sqlText(name)): Migration {
  const sql = splitSqlMigration(content);
  return {
    id: name,
    name,
    path: `/repo/migrations/${name}.sql`,
    file: `migrations/${name}.sql`,
    kind: 'sql',
    checksum: migrationChecksum(content),
    content,
    sql: { up: sql.up, down: sql.down, noTransaction: sql.forceNoTransaction },
    down: sql.down ? 'yes' : 'no',
  };
}

/** A JavaScript migration (`.js`); its down step is whatever the module exports. */
export function jsMigration(
  name: string,
  content = `exports.up = () => {}; // ${name}\n`,
): Migration {
  return {
    id: name,
    name,
    path: `/repo/migrations/${name}.js`,
    file: `migrations/${name}.js`,
    kind: 'js',
    checksum: migrationChecksum(content),
    content,
    down: 'unknown',
  };
}

/** The checksum table as db-deploy would have recorded it for these files. */
export function recordedChecksums(...files: Migration[]): Map<string, string> {
  return new Map(files.map((f) => [f.name, f.checksum]));
}

/** One row of a run's applied migrations. */
export function appliedMigration(
  name: string,
  overrides: Partial<AppliedMigration> = {},
): AppliedMigration {
  return {
    name,
    file: `migrations/${name}.sql`,
    direction: 'up',
    durationMs: 120,
    retries: 0,
    transactional: true,
    ...overrides,
  };
}

/** One migration a dry run would execute. */
export function plannedMigration(
  name: string,
  sql: string,
  overrides: Partial<DryRunMigration> = {},
): DryRunMigration {
  return {
    name,
    file: `migrations/${name}.sql`,
    direction: 'up',
    sql,
    transactional: true,
    reasons: [],
    ...overrides,
  };
}

/** A finished migrate run that changed nothing; override what the test is about. */
export function migrateResult(overrides: Partial<MigrateResult> = {}): MigrateResult {
  return {
    direction: 'up',
    dryRun: false,
    target: 'db.example.com:5432/app',
    format: 'node-pg-migrate',
    migrationsDir: 'migrations',
    migrationsTable: 'public.pgmigrations',
    applied: [],
    pending: [],
    lastMigration: undefined,
    planned: [],
    adopted: [],
    acceptedEdits: [],
    lockWaitMs: 0,
    durationMs: 1500,
    ...overrides,
  };
}

/** An index of `public.orders` as the plans catalog reads it: btree, valid, default operator classes. */
export function indexInfo(name: string, keys: string[], extra: Partial<IndexInfo> = {}): IndexInfo {
  return {
    schema: 'public',
    table: 'orders',
    name,
    method: 'btree',
    unique: false,
    primary: false,
    valid: true,
    keys,
    keyOptions: keys.map(() => '3124/0/0'),
    include: [],
    definition: `CREATE INDEX ${name} ON public.orders USING btree (${keys.join(', ')})`,
    ...extra,
  };
}
