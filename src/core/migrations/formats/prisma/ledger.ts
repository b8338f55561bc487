import { createHash, randomUUID } from 'node:crypto';
import { type DbClient, qualifiedName } from '../../../db/index.js';
import { DbDeployError } from '../../../errors.js';
import type {
  Direction,
  Ledger,
  LedgerFailure,
  LedgerLocation,
  LedgerRun,
  Migration,
  MigrationDb,
} from '../../engine/types.js';
import { foreignLedger, oneTableLedger, tableColumns } from '../sql-files.js';

/**
 * Prisma's ledger (`_prisma_migrations`), read and written as `prisma migrate deploy` does
 * (prisma-engines schema-engine sql-schema-connector: the table in `ensure_imperative_migrations_table`,
 * `record_migration_started` (a v4 uuid, the sha256 of migration.sql, started_at),
 * `record_successful_step` (applied_steps_count + 1), `record_migration_finished` (finished_at)
 * and `record_failed_step` (logs)). A migration counts as applied when a row of its name is
 * finished and not rolled back. A failed run leaves the row Prisma leaves: finished_at NULL,
 * the error in logs; such a row is refused, as Prisma refuses it (P3009), until
 * `prisma migrate resolve` marks it rolled back or applied.
 */

/** Prisma's table definition. ACCESS EXCLUSIVE on the new table only. */
const createTable = (table: string) => `CREATE TABLE ${table} (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

/** Every row, in the order Prisma lists them (started_at). ACCESS SHARE lock. */
const selectRows = (table: string) =>
  `SELECT migration_name, finished_at IS NOT NULL AS finished, rolled_back_at IS NOT NULL AS rolled_back, started_at FROM ${table} ORDER BY started_at, migration_name`;

/** A finished run: started, one step applied, finished. ROW EXCLUSIVE lock. */
const insertFinished = (table: string) => `INSERT INTO ${table}
  (id, checksum, started_at, migration_name, applied_steps_count, finished_at)
  VALUES ($1, $2, $3, $4, 1, now())`;

/** A failed run, as Prisma leaves it: no step applied, not finished, the error in logs. ROW EXCLUSIVE lock. */
const insertFailed = (table: string) => `INSERT INTO ${table}
  (id, checksum, started_at, migration_name, applied_steps_count, logs)
  VALUES ($1, $2, $3, $4, 0, $5)`;

const COLUMNS = ['id', 'checksum', 'finished_at', 'migration_name', 'rolled_back_at', 'started_at'];

/** Prisma's checksum: sha256 of migration.sql as it is on disk. */
const prismaChecksum = (migration: Migration) =>
  createHash('sha256').update(migration.content, 'utf8').digest('hex');

export function prismaLedger(location: LedgerLocation, sessionSetup: readonly string[]): Ledger {
  const table = qualifiedName(location.schema, location.table);
  const shown = `${location.schema}.${location.table}`;
  return {
    ...oneTableLedger(location, sessionSetup),
    async ensure(client: DbClient) {
      await client.query(createTable(table));
    },
    async read(client: DbClient) {
      const columns = await tableColumns(client, location.schema, location.table);
      if (!COLUMNS.every((c) => columns.includes(c)))
        throw foreignLedger(shown, 'Prisma', columns, COLUMNS.join(', '));
      const { rows } = await client.query<{
        migration_name: string;
        finished: boolean;
        rolled_back: boolean;
      }>(selectRows(table));
      const failed = rows.find((r) => !r.finished && !r.rolled_back);
      if (failed) {
        const name = failed.migration_name;
        throw new DbDeployError(
          'failed-migration-recorded',
          `Prisma's ledger ${shown} records the failed migration ${name}, so Prisma (and db-deploy) apply nothing until it is resolved`,
          {
            where: shown,
            hint: `undo what it left (if anything), then run \`prisma migrate resolve --rolled-back "${name}"\` to run it again, or \`prisma migrate resolve --applied "${name}"\` if you completed it by hand`,
          },
        );
      }
      const applied = rows.filter((r) => r.finished && !r.rolled_back).map((r) => r.migration_name);
      return [...new Set(applied)].map((id) => ({ id }));
    },
    async write(db: MigrationDb, migration: Migration, direction: Direction, run: LedgerRun) {
      if (direction === 'down') throw new Error(`${migration.name}: Prisma has no down migrations`);
      await db.query(insertFinished(table), [
        randomUUID(),
        prismaChecksum(migration),
        run.startedAt,
        migration.id,
      ]);
    },
    async recordFailure(db: MigrationDb, migration: Migration, failure: LedgerFailure) {
      // Prisma's logs start with the database's error code and message.
      const logs = failure.code
        ? `Database error code: ${failure.code}\n\nDatabase error:\nERROR: ${failure.message}\n`
        : `${failure.message}\n`;
      await db.query(insertFailed(table), [
        randomUUID(),
        prismaChecksum(migration),
        failure.startedAt,
        migration.id,
        logs,
      ]);
    },
  };
}
