import { type DbClient, qualifiedName } from '../../../db/index.js';
import { DbDeployError } from '../../../errors.js';
import type {
  Direction,
  Ledger,
  LedgerLocation,
  Migration,
  MigrationDb,
} from '../../engine/types.js';
import { foreignLedger, oneTableLedger, tableColumns } from '../sql-files.js';
import type { DrizzleMigration } from './files.js';

/**
 * drizzle-orm's ledger (`drizzle.__drizzle_migrations`), read and written as drizzle-orm's
 * PostgreSQL dialect does (pg-core/dialect.js `migrate`): `(id serial, hash, created_at)`, a
 * row per migration with the sha256 of its file and `created_at` = the journal entry's
 * `when`. drizzle decides what is pending from the newest `created_at` alone: every journal
 * entry up to it counts as applied, as db-deploy counts it here, so that `drizzle-kit migrate`
 * afterwards applies nothing. An entry at or before that point that has no row was skipped by
 * drizzle and never ran: refused, never counted as applied.
 */

/** drizzle-orm's table definition. ACCESS EXCLUSIVE on the new table only. */
const createTable = (table: string) =>
  `CREATE TABLE IF NOT EXISTS ${table} (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at bigint)`;

/** Every row's created_at. ACCESS SHARE lock. */
const selectRows = (table: string) => `SELECT created_at::text AS created_at FROM ${table}`;

/** Marks a migration applied, as drizzle-orm does. ROW EXCLUSIVE lock. */
const insertRow = (table: string) =>
  `INSERT INTO ${table} ("hash", "created_at") VALUES ($1, $2::bigint)`;

export function drizzleLedger(location: LedgerLocation, migrations: readonly Migration[]): Ledger {
  const table = qualifiedName(location.schema, location.table);
  const shown = `${location.schema}.${location.table}`;
  const drizzle = migrations as readonly DrizzleMigration[];
  return {
    ...oneTableLedger(location, [], [`${location.schema}.${location.table}_id_seq`]),
    async ensure(client: DbClient) {
      await client.query(createTable(table));
    },
    async read(client: DbClient) {
      const columns = await tableColumns(client, location.schema, location.table);
      if (!['hash', 'created_at'].every((c) => columns.includes(c)))
        throw foreignLedger(shown, 'drizzle', columns, 'id, hash, created_at');
      const { rows } = await client.query<{ created_at: string | null }>(selectRows(table));
      const recorded = new Set(rows.map((r) => Number(r.created_at)));
      const newest = Math.max(Number.NEGATIVE_INFINITY, ...recorded);
      const applied = drizzle.filter((m) => m.drizzle.when <= newest);
      const skipped = applied.find((m) => !recorded.has(m.drizzle.when));
      if (skipped) {
        throw new DbDeployError(
          'skipped-migration',
          `${skipped.name} is older than the newest migration in ${shown} but was never applied: drizzle-kit skipped it and would skip it again`,
          {
            where: skipped.file,
            hint: 'apply its SQL by hand and record it, or give it a journal "when" after the newest applied migration (drizzle-kit generate), then run again',
          },
        );
      }
      return applied.map((m) => ({ id: m.id }));
    },
    async write(db: MigrationDb, migration: Migration, direction: Direction) {
      if (direction === 'down')
        throw new Error(`${migration.name}: drizzle-kit has no down migrations`);
      const m = migration as DrizzleMigration;
      await db.query(insertRow(table), [m.drizzle.hash, String(m.drizzle.when)]);
    },
  };
}
