import { existsSync } from 'node:fs';
import { DbDeployError } from '../errors.js';
import type { Logger } from '../logger.js';
import { quoteIdent, qualifiedName } from '../db/sql.js';
import { readServerMajor } from '../backup/inspect.js';
import { migrate } from '../migrations/run.js';
import { MIGRATE_DEFAULTS } from '../migrations/options.js';
import { replicatedTables, walLevel } from './catalog.js';
import type { DbClient } from '../db/connect.js';
import { conninfo } from './names.js';
import {
  createPublication,
  createSlot,
  createSubscription,
  dropSubscription,
  slotLag,
  waitForInitialSync,
} from './replication.js';
import { copySchema } from './schema-copy.js';
import { openPair, setReadOnly } from './session.js';
import { ensureControlTables, readState, writeState } from './state.js';
import type { SwitchOptions, SwitchResult } from './types.js';
import { stepRecorder } from './steps.js';

/**
 * prepare: green = blue's schema + logical replication from blue (it keeps receiving blue's
 * writes), then the new migrations on green, then green made read-only for everyone but the
 * replication, so it takes no writes of its own before the switch. Nothing is changed on blue
 * but the control schema, a publication and a slot; a failure removes what was created.
 */
export async function prepare(options: SwitchOptions, logger: Logger): Promise<SwitchResult> {
  const steps = stepRecorder(logger);
  const pair = openPair(options);
  const { blue, green, names } = pair;
  const created: Array<() => Promise<unknown>> = [];
  try {
    if (options.migrationsDir && !existsSync(options.migrationsDir))
      throw new DbDeployError(
        'bad-input',
        `migrations directory ${options.migrationsDir} does not exist`,
        {
          hint: "point migrations-dir at the migrations to apply to green, or set it to '' for none",
        },
      );
    const b = await pair.blueClient();
    const level = await walLevel(b);
    if (level !== 'logical')
      throw new DbDeployError(
        'wal-level',
        `blue's wal_level is ${level}; logical replication needs logical`,
        {
          where: blue.display,
          hint: 'run ALTER SYSTEM SET wal_level = logical and restart PostgreSQL (RDS/Aurora: rds.logical_replication = 1 in the parameter group; Cloud SQL: cloudsql.logical_decoding = on), or use clone-method template',
        },
      );
    const existing = await readState(b, green.database);
    if (existing && (existing.phase === 'prepared' || existing.phase === 'switched'))
      throw new DbDeployError(
        'already-prepared',
        `${green.database} is already ${existing.phase} (active: ${existing.active})`,
        {
          where: blue.display,
          hint:
            existing.phase === 'prepared'
              ? 'run switch, or abort to start over'
              : 'run rollback or finish first',
        },
      );
    const there = await b.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM pg_database WHERE datname = $1',
      [green.database],
    );
    if ((there.rows[0]?.n ?? 0) > 0)
      throw new DbDeployError('green-exists', `database ${green.database} already exists`, {
        where: blue.display,
        hint: 'drop it, or choose another green-database',
      });
    const tables = await replicatedTables(b, options);
    const unreplicable = tables.filter((t) => !t.replicable);
    if (unreplicable.length > 0)
      throw new DbDeployError(
        'no-replica-identity',
        `tables without a primary key or replica identity cannot replicate UPDATE and DELETE: ${unreplicable.map((t) => `${t.schema}.${t.name}`).join(', ')}`,
        {
          where: blue.display,
          hint: 'add a primary key, or ALTER TABLE … REPLICA IDENTITY FULL (a publication would make UPDATE/DELETE on them fail on blue)',
        },
      );
    const major = await readServerMajor(b);

    await ensureControlTables(b);
    await b.query(`CREATE DATABASE ${quoteIdent(green.database)}`);
    // FORCE (PostgreSQL 13+) ends the sessions still in green, ours included.
    created.push(() =>
      b.query(`DROP DATABASE IF EXISTS ${quoteIdent(green.database)} WITH (FORCE)`),
    );
    steps.mark(`created ${green.database}`);
    await copySchema(blue, green, major, options.pgBinDir, logger);
    steps.mark("copied blue's schema");
    const g = await pair.greenClient();
    await copyMigrationTables(b, g, options);

    await createPublication(b, names.forward, tables, false);
    created.push(() =>
      b.query(`DROP PUBLICATION IF EXISTS ${quoteIdent(names.forward.publication)}`),
    );
    await createSlot(b, names.forward);
    created.push(() => b.query('SELECT pg_drop_replication_slot($1)', [names.forward.slot]));
    await createSubscription(g, names.forward, conninfo(blue), true);
    created.push(() => dropSubscription(g, names.forward));
    await waitForInitialSync(g, names.forward, options.syncTimeoutMs);
    steps.mark(`replicating ${tables.length} tables from blue; initial copy done`);

    let migrated: string[] = [];
    if (options.migrationsDir) {
      const result = await migrate(
        {
          ...MIGRATE_DEFAULTS,
          databaseUrl: green.url,
          migrationsDir: options.migrationsDir,
          migrationsTable: options.migrationsTable,
          schema: options.migrationsSchema,
          connectTimeoutMs: options.connectTimeoutMs,
        },
        logger,
      );
      migrated = result.applied.map((m) => m.name);
      steps.mark(`migrated green: ${migrated.length} migrations`);
    }
    await setReadOnly(b, green.database, true);
    await writeState(b, {
      blue: blue.database,
      green: green.database,
      active: blue.database,
      phase: 'prepared',
    });
    const lag = await slotLag(b, names.forward);
    steps.mark('green is read-only until the switch');
    return {
      command: 'prepare',
      activeDatabase: blue.database,
      standbyDatabase: green.database,
      phase: 'prepared',
      migrated,
      tables: tables.length,
      ...(lag ? { replicationLagBytes: lag.bytes } : {}),
      durationMs: steps.elapsed(),
      steps: steps.list,
    };
  } catch (error) {
    // Undo in reverse order: subscription, slot, publication, database.
    for (const undo of created.reverse()) {
      await undo().catch((e: unknown) => logger.warn(`prepare clean-up: ${(e as Error).message}`));
    }
    throw error;
  } finally {
    await pair.close();
  }
}

/** node-pg-migrate's tables are not replicated (green writes its own rows): copied once. */
async function copyMigrationTables(
  b: DbClient,
  g: DbClient,
  options: SwitchOptions,
): Promise<void> {
  for (const name of [options.migrationsTable, `${options.migrationsTable}_checksums`]) {
    const table = qualifiedName(options.migrationsSchema, name);
    const exists = await b.query<{ ok: boolean }>('SELECT to_regclass($1) IS NOT NULL AS ok', [
      `${options.migrationsSchema}.${name}`,
    ]);
    if (!exists.rows[0]?.ok) continue;
    const { rows } = await b.query<{ data: unknown }>(
      `SELECT coalesce(json_agg(t), '[]') AS data FROM ${table} t`,
    );
    await g.query(
      `INSERT INTO ${table} SELECT * FROM json_populate_recordset(NULL::${table}, $1::json)`,
      [JSON.stringify(rows[0]?.data ?? [])],
    );
  }
}
