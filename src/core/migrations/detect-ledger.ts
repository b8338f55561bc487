import { connect, disconnect, parseDatabaseUrl } from '../db/index.js';
import type { FormatName } from './engine/types.js';
import { LEDGER_TABLES } from './engine/queries.js';

/** A tool whose ledger the database holds, and where. */
export interface LedgerSign {
  format: FormatName;
  why: string;
}

/** The ledger tables of every tool, by the names their tools give them by default. */
const LEDGER_NAMES = [
  'pgmigrations',
  'knex_migrations',
  'schema_migrations',
  'goose_db_version',
  'flyway_schema_history',
  '_prisma_migrations',
  '__drizzle_migrations',
  '__diesel_schema_migrations',
];

/**
 * The tool a ledger table belongs to, by its name and columns: dbmate and golang-migrate both
 * call theirs `schema_migrations` (golang-migrate's has `dirty`).
 */
function ledgerFormat(table: string, columns: readonly string[]): FormatName | undefined {
  const has = (...names: string[]) => names.every((n) => columns.includes(n));
  if (table === 'pgmigrations' && has('name', 'run_on')) return 'node-pg-migrate';
  if (table === 'knex_migrations' && has('name', 'batch', 'migration_time')) return 'knex';
  if (table === 'schema_migrations' && has('version', 'dirty')) return 'golang-migrate';
  if (table === 'schema_migrations' && has('version')) return 'dbmate';
  if (table === 'goose_db_version' && has('version_id', 'is_applied')) return 'goose';
  if (table === 'flyway_schema_history' && has('installed_rank', 'success')) return 'flyway';
  if (table === '_prisma_migrations' && has('migration_name', 'finished_at')) return 'prisma';
  if (table === '__drizzle_migrations' && has('hash', 'created_at')) return 'drizzle';
  if (table === '__diesel_schema_migrations' && has('version', 'run_on')) return 'diesel';
  return undefined;
}

/** The tools whose ledgers the database holds, told apart by table and columns. Reads only. */
export async function ledgerCandidates(databaseUrl: string): Promise<LedgerSign[]> {
  const client = await connect(parseDatabaseUrl(databaseUrl), { connectTimeoutMs: 10_000 });
  try {
    const { rows } = await client.query<{ schema: string; table: string; columns: string[] }>(
      LEDGER_TABLES,
      [LEDGER_NAMES],
    );
    const signs: LedgerSign[] = [];
    for (const { schema, table, columns } of rows) {
      const format = ledgerFormat(table, columns);
      if (format && !signs.some((s) => s.format === format))
        signs.push({ format, why: `the database has ${format}'s ledger (${schema}.${table})` });
    }
    return signs;
  } finally {
    await disconnect(client);
  }
}
