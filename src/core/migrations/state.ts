import type { DbClient } from '../db/connect.js';
import { RELATION_EXISTS } from '../db/queries.js';
import { qualifiedName } from '../db/sql.js';
import { DbDeployError } from '../errors.js';
import type { MigrationFile } from './load.js';
import { CHECKSUM_TABLE_SUFFIX, checkBookkeepingName } from './names.js';
import {
  createChecksumTable,
  createMigrationsTable,
  createSchemaIfMissing,
  deleteChecksum,
  upsertChecksum,
  selectAppliedMigrations,
  selectChecksums,
  SCHEMA_EXISTS,
} from './queries.js';

/** Where the migration bookkeeping lives. */
export interface MigrationTables {
  schema: string;
  /** node-pg-migrate's table. */
  migrations: string;
  /** db-deploy's checksum table beside it. */
  checksums: string;
}

/**
 * The bookkeeping tables for a migrations table name and schema. Refuses (one line, before any
 * connection) names that node-pg-migrate cannot pass safely into the SQL it builds.
 */
export function migrationTables(options: {
  schema: string;
  migrationsTable: string;
}): MigrationTables {
  checkBookkeepingName('schema', options.schema);
  checkBookkeepingName('migrations-table', options.migrationsTable);
  return {
    schema: options.schema,
    migrations: options.migrationsTable,
    checksums: `${options.migrationsTable}${CHECKSUM_TABLE_SUFFIX}`,
  };
}

export interface MigrationState {
  /** Applied migration names, in the order they ran. */
  applied: string[];
  checksums: Map<string, string>;
}

/**
 * Creates the schema, node-pg-migrate's table (same definition as node-pg-migrate's own, so
 * either tool can use it) and the checksum table, if missing. Runs under the migration lock.
 */
export async function ensureMigrationTables(
  client: DbClient,
  tables: MigrationTables,
): Promise<void> {
  // Look before creating: CREATE … IF NOT EXISTS still demands the CREATE privilege, which a
  // migration role may lack on a schema or database that already holds everything it needs.
  if (!(await schemaExists(client, tables.schema))) {
    await client.query(createSchemaIfMissing(tables.schema));
  }
  if (!(await relationExists(client, tables.schema, tables.migrations))) {
    await client.query(createMigrationsTable(tables.schema, tables.migrations));
  }
  if (!(await relationExists(client, tables.schema, tables.checksums))) {
    await client.query(createChecksumTable(tables.schema, tables.checksums));
  }
}

async function schemaExists(client: DbClient, schema: string): Promise<boolean> {
  const { rows } = await client.query<{ exists: boolean }>(SCHEMA_EXISTS, [schema]);
  return rows[0]?.exists ?? false;
}

async function relationExists(client: DbClient, schema: string, table: string): Promise<boolean> {
  const { rows } = await client.query<{ exists: boolean }>(RELATION_EXISTS, [
    qualifiedName(schema, table),
  ]);
  return rows[0]?.exists ?? false;
}

/**
 * Reads what has been applied. With `create: false` (dry run, status) missing tables mean
 * "nothing applied yet" and nothing is written.
 */
export async function readMigrationState(
  client: DbClient,
  tables: MigrationTables,
  options: { create: boolean },
): Promise<MigrationState> {
  if (!options.create && !(await schemaExists(client, tables.schema))) {
    return { applied: [], checksums: new Map() };
  }
  const exists = (table: string) => relationExists(client, tables.schema, table);
  const applied = (await exists(tables.migrations))
    ? (
        await client.query<{ name: string }>(
          selectAppliedMigrations(tables.schema, tables.migrations),
        )
      ).rows.map((r) => r.name)
    : [];
  const checksums = new Map<string, string>();
  if (await exists(tables.checksums)) {
    const { rows } = await client.query<{ name: string; checksum: string }>(
      selectChecksums(tables.schema, tables.checksums),
    );
    for (const row of rows) checksums.set(row.name, row.checksum.trim());
  }
  const duplicates = applied.filter((name, i) => applied.indexOf(name) !== i);
  if (duplicates.length > 0) {
    throw new DbDeployError(
      'corrupt-migrations-table',
      `the migrations table records ${duplicates[0]} more than once`,
      {
        where: `${tables.schema}.${tables.migrations}`,
        hint: 'delete the duplicate row by hand after checking which run is real',
      },
    );
  }
  return { applied, checksums };
}

/** Records (or re-records) the checksum of a migration that is now applied. */
export async function recordChecksum(
  client: DbClient,
  tables: MigrationTables,
  file: MigrationFile,
): Promise<void> {
  await client.query(upsertChecksum(tables.schema, tables.checksums), [
    file.name,
    file.checksum,
    file.file,
  ]);
}

/** Forgets the checksum of a migration that is no longer applied. */
export async function forgetChecksum(
  client: DbClient,
  tables: MigrationTables,
  name: string,
): Promise<void> {
  await client.query(deleteChecksum(tables.schema, tables.checksums), [name]);
}
