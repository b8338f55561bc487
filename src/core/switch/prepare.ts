import { existsSync } from 'node:fs';
import { DbDeployError } from '../errors.js';
import type { Logger } from '../logger.js';
import { readServerMajor } from '../backup/inspect.js';
import { migrate, MIGRATE_DEFAULTS, openMigrationSet } from '../migrations/index.js';
import { checkBookkeepingName } from '../migrations/names.js';
import { canReturn, replicatedTables, type UserTable } from './catalog.js';
import {
  checkCloneMethod,
  cloneDump,
  cloneLogical,
  cloneTemplate,
  type CloneContext,
} from './clone.js';
import { slotLag } from './replication.js';
import { openPair, setReadOnly } from './session.js';
import { ensureControlTables, readState, writeState } from './state.js';
import type { SwitchOptions, SwitchResult } from './types.js';
import { stepRecorder } from './steps.js';

/**
 * prepare: green = a copy of blue (clone-method), then the new migrations on green, then green
 * made read-only (for everyone but the replication), so it takes no writes of its own before
 * the switch. logical keeps green receiving blue's writes; template and dump freeze blue
 * (read-only) from the copy until the switch or abort. A failure removes what was created.
 */
export async function prepare(options: SwitchOptions, logger: Logger): Promise<SwitchResult> {
  const steps = stepRecorder(logger);
  const pair = openPair(options);
  const { blue, green, names } = pair;
  const method = options.cloneMethod;
  const undo: Array<() => Promise<unknown>> = [];
  try {
    if (options.migrationsDir && !existsSync(options.migrationsDir))
      throw new DbDeployError(
        'bad-input',
        `migrations directory ${options.migrationsDir} does not exist`,
        {
          hint: 'point migrations-dir at the migrations to apply to green, or set it to none to apply none',
        },
      );
    // Names node-pg-migrate cannot take and migration files it would run wrongly are refused
    // before green exists (migrate on green would refuse them only after the copy).
    checkBookkeepingName('schema', options.migrationsSchema);
    checkBookkeepingName('migrations-table', options.migrationsTable);
    if (options.migrationsDir) await openMigrationSet({ migrationsDir: options.migrationsDir });
    const b = await pair.blueClient();
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
    const there = await (
      await pair.greenHost()
    ).query<{ n: number }>('SELECT count(*)::int AS n FROM pg_database WHERE datname = $1', [
      green.database,
    ]);
    if ((there.rows[0]?.n ?? 0) > 0)
      throw new DbDeployError('green-exists', `database ${green.database} already exists`, {
        where: green.display,
        hint: 'drop it, or choose another green-database',
      });
    await checkCloneMethod(pair, options);
    const major = await readServerMajor(b);
    await ensureControlTables(b);
    const ctx: CloneContext = { pair, options, major, undo, steps, logger };
    let tables: UserTable[];
    if (method === 'logical') tables = await cloneLogical(ctx);
    else {
      if (method === 'template') await cloneTemplate(ctx);
      else await cloneDump(ctx);
      tables = await replicatedTables(await pair.blueClient(), options);
      steps.mark(`${blue.database} is read-only until the switch or abort`);
    }

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
    const g = await pair.greenClient();
    await setReadOnly(g, green.database, true);
    if (method !== 'logical' && !(await canReturn(g, tables)))
      logger.warn(
        `after the switch ${blue.database} cannot follow ${green.database} (green's server needs wal_level=logical and every table a primary key or replica identity): a rollback would lose green's writes`,
      );
    await writeState(await pair.blueClient(), {
      blue: blue.database,
      green: green.database,
      active: blue.database,
      phase: 'prepared',
      method,
      renamed: false,
    });
    const lag = method === 'logical' ? await slotLag(b, names.forward) : undefined;
    steps.mark('green is read-only until the switch');
    return {
      command: 'prepare',
      activeDatabase: blue.database,
      standbyDatabase: green.database,
      phase: 'prepared',
      cloneMethod: method,
      migrated,
      tables: tables.length,
      ...(lag ? { replicationLagBytes: lag.bytes } : {}),
      durationMs: steps.elapsed(),
      steps: steps.list,
    };
  } catch (error) {
    // Undo in reverse order: subscription, slot, publication, database, blue's freeze.
    for (const step of undo.reverse()) {
      await step().catch((e: unknown) => logger.warn(`prepare clean-up: ${(e as Error).message}`));
    }
    throw error;
  } finally {
    await pair.close();
  }
}
