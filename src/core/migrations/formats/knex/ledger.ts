import { type DbClient, isLockTimeout, quoteIdent } from '../../../db/index.js';
import { sleep } from '../../../duration.js';
import { DbDeployError } from '../../../errors.js';
import { relationExists } from '../../engine/checksums.js';
import type {
  Direction,
  Ledger,
  LedgerLocation,
  Migration,
  MigrationDb,
} from '../../engine/types.js';
import {
  createLedger,
  createLockTable,
  deleteRun,
  freeLock,
  insertLockRow,
  insertRun,
  LOCK_ROW_TIMEOUT,
  selectApplied,
  selectLockRows,
  takeLock,
} from './queries.js';

/** knex's lock table beside its ledger (`<table>_lock`, table-resolver.js `getLockTableName`). */
export const lockTableOf = (table: string): string => `${table}_lock`;

/**
 * knex's ledger: `knex_migrations` (id, name with its file ending, batch, migration_time) and
 * `knex_migrations_lock` (index, is_locked), created, read and written as knex writes them, so
 * `knex migrate:list`, `migrate:rollback` and `migrate:latest` agree before and after. The lock
 * row is held (is_locked = 1, committed) for the whole run, so a `knex migrate:latest` started
 * elsewhere at the same time stops as it stops for another knex ("Migration table is already
 * locked").
 * @param searchPath the knexfile's `searchPath`, set on the session as knex sets it on its connections
 */
export function knexLedger(location: LedgerLocation, searchPath?: readonly string[]): Ledger {
  const { schema, table } = location;
  const lockTable = lockTableOf(table);
  const display = `${schema}.${lockTable}`;
  return {
    location,
    batches: true,
    exists: (client: DbClient) => relationExists(client, schema, table),
    async ensure(client: DbClient) {
      if (!(await relationExists(client, schema, table)))
        await client.query(createLedger(schema, table));
      if (!(await relationExists(client, schema, lockTable)))
        await client.query(createLockTable(schema, lockTable));
      const { rows } = await client.query(selectLockRows(schema, lockTable));
      if (rows.length === 0) await client.query(insertLockRow(schema, lockTable));
    },
    async read(client: DbClient) {
      const { rows } = await client.query<{ name: string; batch: number | null }>(
        selectApplied(schema, table),
      );
      return rows.map((row) => ({ id: row.name, batch: row.batch ?? 0 }));
    },
    async write(db: MigrationDb, migration: Migration, direction: Direction, run) {
      if (direction === 'up')
        await db.query(insertRun(schema, table), [run.batch, new Date(), migration.id]);
      else await db.query(deleteRun(schema, table), [migration.id]);
    },
    lock: {
      acquire: (client, waitMs) => takeKnexLock(client, schema, lockTable, display, waitMs),
      async release(client) {
        await client.query(freeLock(schema, lockTable)).catch((error: unknown) => {
          throw new Error(
            `${display} still says is_locked = 1 (${(error as Error).message}): release it with \`npx knex migrate:unlock\``,
          );
        });
      },
    },
    ...(searchPath?.length
      ? { sessionSetup: [`set search_path to ${searchPath.map(quoteIdent).join(',')}`] }
      : {}),
    relations: {
      tables: [`${schema}.${table}`, `${schema}.${lockTable}`],
      // The serial columns' sequences: their locks are the ledger writes', not the migration's.
      sequences: [`${schema}.${table}_id_seq`, `${schema}.${lockTable}_index_seq`],
    },
  };
}

/**
 * Takes knex's lock row as knex does (`update … set is_locked = 1 where is_locked = 0`, exactly
 * one row), committed, so other knex runs see it held. A knex run that holds the row inside its
 * own transaction (knex runs a batch of transactional migrations in one) is waited for, polling
 * with a short lock_timeout (see ADR 0001: no session of db-deploy waits inside a statement); a
 * row that says is_locked = 1 is refused, as knex refuses it.
 * @returns false when the lock table does not exist yet (ensure creates it, then again)
 */
async function takeKnexLock(
  client: DbClient,
  schema: string,
  lockTable: string,
  display: string,
  waitMs: number,
): Promise<boolean> {
  if (!(await relationExists(client, schema, lockTable))) return false;
  const started = Date.now();
  for (let pause = 100; ; pause = Math.min(pause * 2, 2000)) {
    await client.query('BEGIN');
    try {
      await client.query(LOCK_ROW_TIMEOUT);
      const { rows } = await client.query(selectLockRows(schema, lockTable));
      if (rows.length === 0) await client.query(insertLockRow(schema, lockTable));
      const { rowCount } = await client.query(takeLock(schema, lockTable));
      if (rowCount === 1) {
        await client.query('COMMIT');
        return true;
      }
      await client.query('ROLLBACK');
      throw new DbDeployError(
        'knex-lock-held',
        `knex's lock ${display} is held (is_locked = 1): a knex migration run is in progress, or one stopped without releasing it`,
        {
          where: display,
          hint: 'wait for that run to finish; if none is running, release the lock with `npx knex migrate:unlock` and run again',
        },
      );
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      if (!isLockTimeout(error)) throw error;
      if (Date.now() - started >= waitMs) {
        throw new DbDeployError(
          'lock-wait-timeout',
          `gave up waiting for knex's lock ${display}: a knex migration run held it for longer than lock-wait-timeout`,
          { where: display, hint: 'wait for the knex run to finish, or raise lock-wait-timeout' },
        );
      }
      await sleep(pause);
    }
  }
}
