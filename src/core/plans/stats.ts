import {
  connect,
  disconnect,
  type DbClient,
  databaseStep,
  pgErrorFields,
  quoteIdent,
  parseDatabaseUrl,
} from '../db/index.js';
import { oneLine } from '../errors.js';
import { loadParser, parseSql } from '../sql/index.js';
import type { IndexUse } from './index-checks.js';
import { notPlannable, shortName } from './queries-file.js';
import {
  INDEX_SCANS,
  READ_ONLY_SESSION,
  SET_BOUNDS,
  STAT_STATEMENTS_SCHEMA,
  topStatements,
} from './queries.js';
import type { RepresentativeQuery } from './types.js';

const STATS_ROLE_HINT =
  "check stats-database-url's role may connect and read the statistics views (every role may read pg_stat_user_indexes)";

/**
 * Reads from the stats database (production or a replica): pg_stat_statements and
 * pg_stat_user_indexes, never a row of a table. The session is read-only and every statement is
 * bounded, so a wrong URL cannot change anything or wait on anyone for long.
 */

/** Bounds of the stats session: it only reads views, quickly. */
const STATS_BOUNDS = ['5s', '30s', '60s'];

/** Runs `read` on a read-only, bounded session of the stats database. */
export async function withStatsDatabase<T>(
  url: string,
  connectTimeoutMs: number,
  read: (client: DbClient, display: string) => Promise<T>,
): Promise<T> {
  const target = parseDatabaseUrl(url, 'stats-database-url');
  const client = await connect(target, { connectTimeoutMs, queryTimeoutMs: 60_000 });
  try {
    await databaseStep(
      'setting up a read-only session',
      target.display,
      async () => {
        await client.query(SET_BOUNDS, STATS_BOUNDS);
        await client.query(READ_ONLY_SESSION);
      },
      STATS_ROLE_HINT,
    );
    return await read(client, target.display);
  } finally {
    await disconnect(client);
  }
}

/** Queries taken from pg_stat_statements, or why none could be. */
export interface StatsQueries {
  queries: RepresentativeQuery[];
  /** Said when the extension is missing or unreadable, or statements had to be passed over. */
  note?: string;
}

/**
 * The `count` most time-consuming top-level statements of the stats database, from
 * pg_stat_statements (normalised: constants are `$n` parameters, planned generically). Statements
 * that are not plannable queries (utility statements, text cut at track_activity_query_size,
 * `<insufficient privilege>`) are passed over. Never throws for a missing or unloaded extension:
 * it says so in `note`.
 */
export async function statsQueries(
  client: DbClient,
  display: string,
  count: number,
): Promise<StatsQueries> {
  const schema = (
    await databaseStep(
      'looking for pg_stat_statements',
      display,
      () => client.query<{ schema: string }>(STAT_STATEMENTS_SCHEMA),
      STATS_ROLE_HINT,
    )
  ).rows[0]?.schema;
  if (!schema)
    return {
      queries: [],
      note: `queries-from-stats: pg_stat_statements is not installed in the stats database (${display}), so no query was taken from it — run CREATE EXTENSION pg_stat_statements there (it also needs shared_preload_libraries = 'pg_stat_statements')`,
    };
  let rows: Array<{ query: string; calls: string; total_ms: number }>;
  try {
    // More than asked: some will not be queries db-deploy plans.
    rows = (
      await client.query(topStatements(`${quoteIdent(schema)}.pg_stat_statements`), [count * 4])
    ).rows;
  } catch (error) {
    return {
      queries: [],
      note: `queries-from-stats: pg_stat_statements cannot be read on the stats database (${display}): ${oneLine(pgErrorFields(error).message)} — no query was taken from it`,
    };
  }
  await loadParser();
  const queries: RepresentativeQuery[] = [];
  const names = new Set<string>();
  let unreadable = 0;
  for (const row of rows) {
    if (queries.length >= count) break;
    const parsed = parseSql(row.query);
    const statement =
      parsed.ok && parsed.statements.length === 1 ? parsed.statements[0] : undefined;
    if (!statement) {
      unreadable += 1;
      continue;
    }
    if (notPlannable(statement)) continue;
    let name = shortName(statement.text);
    if (names.has(name)) name = `${name} (#${queries.length + 1})`;
    names.add(name);
    queries.push({
      name,
      source: 'stats',
      sql: statement.text,
      calls: Number(row.calls),
      totalMs: Math.round(row.total_ms),
    });
  }
  const note =
    unreadable > 0
      ? `queries-from-stats: ${unreadable} of the top statements could not be read (cut at track_activity_query_size, or another role's without pg_read_all_stats) and were passed over`
      : queries.length < count
        ? `queries-from-stats: pg_stat_statements holds ${queries.length} plannable statement(s) of ${count} asked for`
        : undefined;
  return { queries, ...(note ? { note } : {}) };
}

/**
 * How often each index was scanned, by `schema.index`, from pg_stat_user_indexes; indexes the
 * stats database does not have are left out.
 */
export async function indexUses(
  client: DbClient,
  display: string,
  indexes: ReadonlyArray<{ schema: string; name: string }>,
): Promise<Map<string, IndexUse>> {
  const uses = new Map<string, IndexUse>();
  if (indexes.length === 0) return uses;
  const { rows } = await databaseStep(
    'reading pg_stat_user_indexes',
    display,
    () =>
      client.query<{
        schema: string;
        name: string;
        scans: string;
        last_scan: string | null;
        since: string | null;
      }>(INDEX_SCANS, [indexes.map((i) => i.schema), indexes.map((i) => i.name)]),
    STATS_ROLE_HINT,
  );
  for (const row of rows)
    uses.set(`${row.schema}.${row.name}`, {
      scans: Number(row.scans),
      ...(row.last_scan ? { lastScan: row.last_scan } : {}),
      ...(row.since ? { since: row.since } : {}),
    });
  return uses;
}
