import { GREEN_FORMAT } from './types.js';
import { migrate, MIGRATE_DEFAULTS } from '../migrations/index.js';
import { replicatedTables } from './catalog.js';
import { cloneDump, cloneSchema, cloneTemplate, dropGreen, freezeBlue } from './clone.js';
import type { Ctx } from './context.js';
import type { Plan, Step } from './journal.js';
import { conninfo } from './names.js';
import {
  createPublication,
  createSlot,
  createSubscription,
  dropSource,
  dropSubscription,
  waitForInitialSync,
} from './replication.js';
import { setReadOnly } from './session.js';

/** What prepare measured, for the result. */
export interface PrepareTally {
  tables?: number;
  migrated?: string[];
}

/**
 * prepare as journaled steps: blue frozen (template, dump); green created and filled (schema, a
 * template copy, or a dump); the replication from blue (logical); the migrations on green, then
 * green read-only. Interrupted, prepare is always undone: nothing has used green yet.
 */
export function preparePlan(ctx: Ctx): { plan: Plan; tally: PrepareTally } {
  const f = ctx.facts;
  const { pair } = ctx;
  const { forward } = pair.names;
  const tally: PrepareTally = {};
  const freeze: Step = {
    name: 'freeze-blue',
    run: () => freezeBlue(ctx),
    async undo() {
      if (!f.blueWasReadOnly) await setReadOnly(await pair.blueClient(), pair.blue.database, false);
    },
  };
  const create: Step = {
    name: 'create-green',
    async run() {
      if (f.method === 'template') await cloneTemplate(ctx);
      else if (f.method === 'dump') await cloneDump(ctx, f.major ?? 0);
      else await cloneSchema(ctx, f.major ?? 0);
    },
    undo: () => dropGreen(ctx),
  };
  const replicate: Step = {
    name: 'replicate',
    async run() {
      const b = await pair.blueClient();
      const g = await pair.greenClient();
      const tables = await replicatedTables(b, ctx.options);
      await createPublication(b, forward, tables, false);
      await createSlot(b, forward);
      await createSubscription(g, forward, conninfo(pair.blue), true);
      await waitForInitialSync(g, forward, ctx.options.syncTimeoutMs, ctx.signal);
      ctx.steps.mark(`replicating ${tables.length} tables from blue; initial copy done`);
    },
    async undo() {
      // Green may not exist (yet): its subscription then does not either.
      const g = await pair.greenClient().catch(() => undefined);
      if (g) await dropSubscription(g, forward);
      await dropSource(await pair.blueClient(), forward);
    },
  };
  const migrateGreen: Step = {
    name: 'migrate-green',
    async run() {
      const { options, logger } = ctx;
      tally.migrated = [];
      if (options.migrationsDir) {
        const result = await migrate(
          {
            ...MIGRATE_DEFAULTS,
            format: GREEN_FORMAT,
            databaseUrl: pair.green.url,
            migrationsDir: options.migrationsDir,
            migrationsTable: options.migrationsTable,
            schema: options.migrationsSchema,
            connectTimeoutMs: options.connectTimeoutMs,
          },
          logger,
        );
        tally.migrated = result.applied.map((m) => m.name);
        ctx.steps.mark(`migrated green: ${tally.migrated.length} migrations`);
      }
      await setReadOnly(await pair.greenClient(), pair.green.database, true);
      ctx.steps.mark('green is read-only until the switch');
    },
  };
  const blue = (c: Ctx) => c.origin().name;
  return {
    tally,
    plan: {
      steps:
        f.method === 'logical' ? [create, replicate, migrateGreen] : [freeze, create, migrateGreen],
      done: { phase: 'prepared', active: blue, renamed: () => false },
      undone: { phase: 'aborted', active: blue, renamed: () => false },
    },
  };
}
