// Decision record: docs/adr/0004-checksums-table.md (ADR 0004).
import { type DbClient, RELATION_EXISTS, qualifiedName } from '../../db/index.js';
import { DbDeployError } from '../../errors.js';
import type { Ledger, LedgerLocation, Migration } from './types.js';
import {
  createChecksumTable,
  createSchemaIfMissing,
  deleteChecksum,
  upsertChecksum,
  selectChecksums,
  SCHEMA_EXISTS,
} from './queries.js';

/** What the database records: the tool's ledger and db-deploy's checksums beside it. */
export interface MigrationState {
  /** Applied migration ids, in the order they ran. */
  applied: string[];
  checksums: Map<string, string>;
  /** Batch numbers by id, for ledgers that record them (knex). */
  batches: Map<string, number>;
  /** Which bookkeeping exists already (what ensureBookkeeping still has to create). */
  exists: { schema: boolean; ledger: boolean; checksums: boolean };
}

export async function schemaExists(client: DbClient, schema: string): Promise<boolean> {
  const { rows } = await client.query<{ exists: boolean }>(SCHEMA_EXISTS, [schema]);
  return rows[0]?.exists ?? false;
}

export async function relationExists(
  client: DbClient,
  schema: string,
  table: string,
): Promise<boolean> {
  const { rows } = await client.query<{ exists: boolean }>(RELATION_EXISTS, [
    qualifiedName(schema, table),
  ]);
  return rows[0]?.exists ?? false;
}

/**
 * Creates the ledger's schema, the ledger (as the tool would) and the checksum table, if
 * missing. Runs under the migration lock. Looks before creating: CREATE … IF NOT EXISTS still
 * demands the CREATE privilege, which a migration role may lack where everything exists already.
 */
export async function ensureBookkeeping(
  client: DbClient,
  ledger: Ledger,
  exists: MigrationState['exists'],
): Promise<void> {
  const { schema, checksums } = ledger.location;
  if (!exists.schema) await client.query(createSchemaIfMissing(schema));
  if (!exists.ledger) await ledger.ensure(client);
  if (!exists.checksums) await client.query(createChecksumTable(schema, checksums));
}

/**
 * Reads what has been applied, writing nothing: missing tables mean "nothing applied yet", and
 * the result says which bookkeeping is missing. Under the migration lock the state cannot change
 * (for any runner that takes it), so a run reads it once.
 */
export async function readMigrationState(
  client: DbClient,
  ledger: Ledger,
): Promise<MigrationState> {
  const { schema, checksums: checksumTable } = ledger.location;
  if (!(await schemaExists(client, schema))) {
    return {
      applied: [],
      checksums: new Map(),
      batches: new Map(),
      exists: { schema: false, ledger: false, checksums: false },
    };
  }
  const ledgerExists = await ledger.exists(client);
  const entries = ledgerExists ? await ledger.read(client) : [];
  const applied = entries.map((entry) => entry.id);
  const batches = new Map<string, number>();
  for (const entry of entries) if (entry.batch !== undefined) batches.set(entry.id, entry.batch);
  const checksums = new Map<string, string>();
  const checksumsExist = await relationExists(client, schema, checksumTable);
  if (checksumsExist) {
    const { rows } = await client.query<{ name: string; checksum: string }>(
      selectChecksums(schema, checksumTable),
    );
    for (const row of rows) checksums.set(row.name, row.checksum.trim());
  }
  const duplicates = applied.filter((id, i) => applied.indexOf(id) !== i);
  if (duplicates.length > 0) {
    throw new DbDeployError(
      'corrupt-migrations-table',
      `the migrations table records ${duplicates[0]} more than once`,
      {
        where: `${schema}.${ledger.location.table}`,
        hint: 'delete the duplicate row by hand after checking which run is real',
      },
    );
  }
  return {
    applied,
    checksums,
    batches,
    exists: { schema: true, ledger: ledgerExists, checksums: checksumsExist },
  };
}

/** Records (or re-records) the checksum of a migration that is now applied. */
export async function recordChecksum(
  client: DbClient,
  location: LedgerLocation,
  migration: Migration,
): Promise<void> {
  await client.query(upsertChecksum(location.schema, location.checksums), [
    migration.id,
    migration.checksum,
    migration.file,
  ]);
}

/** Forgets the checksum of a migration that is no longer applied. */
export async function forgetChecksum(
  client: DbClient,
  location: LedgerLocation,
  id: string,
): Promise<void> {
  await client.query(deleteChecksum(location.schema, location.checksums), [id]);
}
