import { existsSync } from 'node:fs';
import { DbDeployError } from '../errors.js';
import type { Logger } from '../logger.js';
import { readServerMajor } from '../backup/index.js';
import { openMigrationSet, checkBookkeepingName } from '../migrations/index.js';
import { requireAdditive } from './additive.js';
import { throwIfCancelled } from './cancel.js';
import { canReturn, replicatedTables } from './catalog.js';
import { checkCloneMethod } from './clone.js';
import { openContext } from './context.js';
import { runPlan } from './journal.js';
import { preparePlan } from './prepare-plan.js';
import { DATABASE_EXISTS } from './queries.js';
import { settleInterrupted } from './recover.js';
import { slotLag } from './replication.js';
import { resultOf } from './result.js';
import { isReadOnly } from './session.js';
import { readState } from './state.js';
import type { SwitchResult } from './types.js';
import type { SwitchOptions } from './options.js';
import { GREEN_FORMAT } from './types.js';

/**
 * prepare: green = a copy of blue (clone-method), then the new migrations on green, then green
 * made read-only (for everyone but the replication), so it takes no writes of its own before
 * the switch. logical keeps green receiving blue's writes; template and dump freeze blue
 * (read-only) from the copy until the switch or abort. A failure, a cancel, or a later command
 * after a kill removes what was created (the journal lists it).
 */
export async function prepare(options: SwitchOptions, logger: Logger): Promise<SwitchResult> {
  const ctx = openContext(options, logger);
  const { pair } = ctx;
  const { blue, green } = pair;
  const method = options.cloneMethod;
  try {
    if (options.migrationsDir && !existsSync(options.migrationsDir))
      throw new DbDeployError(
        'bad-input',
        `migrations directory ${options.migrationsDir} does not exist`,
        {
          hint: 'point migrations-dir at the migrations to apply to green, or set it to none to apply none',
        },
      );
    // Names db-deploy cannot use and migration files it would run wrongly are refused before
    // green exists (migrate on green would refuse them only after the copy).
    checkBookkeepingName('schema', options.migrationsSchema);
    checkBookkeepingName('migrations-table', options.migrationsTable);
    if (options.migrationsDir)
      await openMigrationSet({ migrationsDir: options.migrationsDir, format: GREEN_FORMAT });
    const { state: existing } = await settleInterrupted(ctx);
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
    ).query<{ n: number }>(DATABASE_EXISTS, [green.database]);
    if ((there.rows[0]?.n ?? 0) > 0)
      throw new DbDeployError('green-exists', `database ${green.database} already exists`, {
        where: green.display,
        hint: 'drop it, or choose another green-database',
      });
    await checkCloneMethod(pair, options);
    const b = await pair.blueClient();
    const major = await readServerMajor(b);
    const tables = await replicatedTables(b, options);
    // Replication needs additive migrations: always with logical, and for the return
    // replication a point-in-time copy gets when green's server decodes its WAL.
    if (method === 'logical' || (await canReturn(await pair.greenHost(), tables)))
      await requireAdditive(b, options, major, logger);
    throwIfCancelled(options.signal, 'prepare began');
    ctx.facts = {
      method,
      major,
      ...(method === 'logical' ? {} : { blueWasReadOnly: await isReadOnly(b, blue.database) }),
    };
    await ctx.journal.begin('prepare', method, ctx.facts);
    ctx.state = await readState(b, green.database);
    const { plan, tally } = preparePlan(ctx);
    await runPlan(ctx, plan);
    if (method !== 'logical') {
      ctx.steps.mark(`${blue.database} is read-only until the switch or abort`);
      if (!(await canReturn(await pair.greenClient(), tables)))
        logger.warn(
          `after the switch ${blue.database} cannot follow ${green.database} (green's server needs wal_level=logical and every table a primary key or replica identity): a rollback would lose green's writes`,
        );
    }
    // A template copy closed blue's session: open it again.
    const blueNow = await pair.blueClient();
    const lag = method === 'logical' ? await slotLag(blueNow, pair.names.forward) : undefined;
    ctx.state = await readState(blueNow, green.database);
    return resultOf(ctx, 'prepare', 'prepared', {
      migrated: tally.migrated ?? [],
      tables: tables.length,
      ...(lag ? { replicationLagBytes: lag.bytes } : {}),
    });
  } finally {
    await ctx.close();
  }
}
