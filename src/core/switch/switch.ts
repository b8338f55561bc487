import { DbDeployError } from '../errors.js';
import type { Logger } from '../logger.js';
import { readServerMajor } from '../backup/index.js';
import { throwIfCancelled } from './cancel.js';
import { replicatedTables } from './catalog.js';
import { openContext } from './context.js';
import { flipPlan } from './flip.js';
import { guardrails, requireRoute } from './guardrails.js';
import { runPlan } from './journal.js';
import { settleInterrupted } from './recover.js';
import { slotLag } from './replication.js';
import { requirePhase, resultOf } from './result.js';
import { returnReplicationPossible } from './return-path.js';
import { SESSION_NAME, isReadOnly } from './session.js';
import { sessionEndingProblem } from './privileges.js';
import type { SwitchResult } from './types.js';
import type { SwitchOptions } from './options.js';

/**
 * switch: blue → green in a write pause, then the return replication green → blue. An
 * interrupted switch is finished (traffic may already have reached green) or undone first.
 */
export async function switchOver(options: SwitchOptions, logger: Logger): Promise<SwitchResult> {
  const ctx = openContext(options, logger);
  try {
    const { state: settled, recovered } = await settleInterrupted(ctx);
    if (recovered?.command === 'switch' && recovered.outcome === 'finished')
      return resultOf(ctx, 'switch', 'switched');
    const state = requirePhase(ctx, settled, ['prepared']);
    const rename = options.rename;
    requireRoute(options, rename);
    if (rename && !ctx.pair.sameServer)
      throw new DbDeployError(
        'bad-input',
        'rename swaps two database names on one server, and green is on another',
        { hint: 'route traffic with PgBouncer or switch-command instead' },
      );
    const logical = state.method === 'logical';
    const blue = await ctx.origin().client();
    const green = await ctx.copy().client();
    const tables = await replicatedTables(blue, options);
    const greenMajor = await readServerMajor(green);
    const returning = await returnReplicationPossible({
      green,
      blue,
      greenMajor,
      greenDisplay: ctx.pair.green.display,
      tables,
      logical,
      options,
      logger,
    });
    const lagBytes = await guardrails(ctx, state.method, tables, returning);
    // The flip ends blue's sessions inside the write pause: refused first if it cannot.
    const cannotEnd = await sessionEndingProblem(
      blue,
      ctx.origin().name,
      SESSION_NAME,
      ctx.pair.blue.display,
    );
    if (cannotEnd) throw cannotEnd;
    ctx.steps.mark(
      logical
        ? `guardrails passed (green ${lagBytes} bytes behind)`
        : `guardrails passed (blue read-only since the ${state.method} copy)`,
    );
    throwIfCancelled(options.signal, 'the switch began');
    const bouncer = options.pgBouncer;
    ctx.facts = {
      direction: 'switch',
      method: state.method,
      catchUp: logical,
      logical,
      returning,
      ...(bouncer
        ? { bouncer: bouncer.database, loginRetry: await (await ctx.bouncer()).readLoginRetry() }
        : {}),
      rename,
      command: Boolean(options.switchCommand),
      swappedAtStart: ctx.swapped,
      fromWasReadOnly: await isReadOnly(blue, ctx.origin().name),
      // Column lists (PostgreSQL 15+) send blue only the columns it has.
      columnLists: greenMajor >= 15,
      tables: tables.map((t) => ({ sql: t.sql, columns: t.columns })),
    };
    await ctx.journal.begin('switch', state.method, ctx.facts);
    const { plan, tally } = flipPlan(ctx);
    ctx.startClock();
    await runPlan(ctx, plan);
    const lag = returning
      ? await slotLag(await ctx.copy().client(), ctx.pair.names.back)
      : undefined;
    return resultOf(ctx, 'switch', 'switched', {
      pauseMs: tally.pauseMs ?? 0,
      sequences: tally.sequences ?? 0,
      tables: tables.length,
      ...(returning ? { replicationLagBytes: lag?.bytes ?? 0 } : {}),
    });
  } finally {
    await ctx.close();
  }
}
