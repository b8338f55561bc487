import { DbDeployError } from '../errors.js';
import { pgErrorFields } from '../db/index.js';
import { copySequences } from './catalog.js';
import type { Ctx, Side } from './context.js';
import type { Plan, Step } from './journal.js';
import { conninfo } from './names.js';
import { DATABASE_OID } from './queries.js';
import { follow, release, runSwitchCommand } from './flip-ends.js';
import { swapNames } from './rename.js';
import {
  createPublication,
  createSlot,
  createSubscription,
  dropSource,
  dropSubscription,
  waitForCatchUp,
} from './replication.js';
import { endSessions, setReadOnly } from './session.js';

/** What a flip measured, for the result. */
export interface FlipTally {
  pauseMs?: number;
  sequences?: number;
}

/**
 * switch (blue → green) and rollback (back), as journaled steps: PAUSE; the old side read-only
 * and its sessions ended, the new one writable and caught up (a marker row), sequences carried
 * over; the replication turned; the switch-command; the route (PgBouncer repointed, or the names
 * swapped); RESUME; then the follower set up (switch) or the return replication dropped
 * (rollback). Everything from PAUSE to RESUME is bounded by switch-timeout. The facts of the
 * state row say which of these steps the command takes (ADR 0017).
 */
export function flipPlan(ctx: Ctx): { plan: Plan; tally: FlipTally } {
  const f = ctx.facts;
  const forward = f.direction === 'switch';
  const { names } = ctx.pair;
  const from = (): Side => (forward ? ctx.origin() : ctx.copy());
  const to = (): Side => (forward ? ctx.copy() : ctx.origin());
  const tally: FlipTally = {};
  let started: number | undefined;
  const begin = () => (started ??= performance.now());
  const paused = () => Math.round(performance.now() - (started ?? performance.now()));
  const bouncer = () => ctx.bouncer();
  /** server_login_retry 0 until the resumed clients are served (only when its value is known). */
  const loginRetryOff = async () => {
    if (f.loginRetry !== undefined) await (await bouncer()).setLoginRetry('0');
  };
  /** Once the resumed clients have their server connections, server_login_retry goes back. */
  const settleLogins = async () => {
    const b = await bouncer();
    await b.waitForClients(5_000);
    if (f.loginRetry !== undefined) await b.setLoginRetry(f.loginRetry);
  };

  const pause: Step = {
    name: 'pause',
    async run() {
      begin();
      ctx.steps.mark(
        'PgBouncer paused',
        await (await bouncer()).pause(ctx.remaining(), ctx.signal),
      );
    },
    async undo() {
      // A login the PAUSE interrupted would hold the resumed clients for server_login_retry.
      await loginRetryOff();
      await (await bouncer()).resume();
      await settleLogins();
    },
  };
  const freeze: Step = {
    name: 'freeze',
    async run() {
      begin();
      ctx.remaining();
      // The old side stops taking writes first (its sessions end), so the catch-up below
      // covers every write it will ever take, with PgBouncer or without.
      const source = await from().client();
      const target = await to().client();
      await setReadOnly(target, to().name, false);
      await setReadOnly(source, from().name, true);
      const ended = await endSessions(source, from().name);
      ctx.steps.mark(`${from().name} read-only, ${ended} of its sessions ended`);
      if (f.catchUp)
        ctx.steps.mark(
          `${to().name} caught up`,
          await waitForCatchUp(source, target, ctx.remaining(), ctx.signal),
        );
      tally.sequences = await copySequences(source, target);
      ctx.steps.mark(`${tally.sequences} sequences carried over`);
    },
    async undo() {
      // A frozen blue (template, dump) stays read-only when its switch is undone.
      if (!f.fromWasReadOnly) await setReadOnly(await from().client(), from().name, false);
      await setReadOnly(await to().client(), to().name, true);
    },
  };
  const turn: Step = forward
    ? {
        // Green's subscription ends (blue's slot stays until after RESUME, so this can be
        // undone), and a slot on green starts keeping green's writes for blue — after the
        // catch-up, so nothing replicated from blue is sent back to it.
        name: 'turn',
        async run() {
          ctx.remaining();
          const copy = await ctx.copy().client();
          if (f.logical) await dropSubscription(copy, names.forward);
          if (f.returning) {
            try {
              await createPublication(copy, names.back, f.tables ?? [], f.columnLists === true);
              await createSlot(copy, names.back);
            } catch (error) {
              throw new DbDeployError(
                'return-replication-failed',
                `the return replication on ${ctx.copy().name} could not be created: ${pgErrorFields(error).message}`,
                {
                  where: ctx.copy().target.display,
                  hint: "green's schema must keep every table and column blue has (migrations for blue-green are additive); the switch was undone",
                },
              );
            }
          }
        },
        async undo() {
          const copy = await ctx.copy().client();
          if (f.returning) await dropSource(copy, names.back);
          if (f.logical)
            await createSubscription(copy, names.forward, conninfo(ctx.origin().target), false);
        },
      }
    : {
        name: 'turn',
        async run() {
          ctx.remaining();
          if (f.following) await dropSubscription(await ctx.origin().client(), names.back);
        },
        async undo() {
          if (f.following)
            await createSubscription(
              await ctx.origin().client(),
              names.back,
              conninfo(ctx.copy().target),
              false,
            );
        },
      };
  const command: Step = {
    name: 'switch-command',
    async run() {
      begin();
      // With rename, the name that becomes live is the old side's (it passes to the new one).
      const live = f.rename ? from().name : to().name;
      await runSwitchCommand(ctx, live, live === from().name ? to().name : from().name);
    },
    async undo(_ctx, failedHere) {
      // A command that failed moved nothing; one that ran (or may have) is pointed back.
      if (failedHere) return;
      await runSwitchCommand(ctx, from().name, to().name, true);
    },
    commits: () => !f.bouncer && !f.rename,
  };
  const repoint: Step = {
    name: 'repoint',
    async run() {
      ctx.remaining();
      const b = await bouncer();
      await loginRetryOff();
      await b.repoint(to().name);
      await b.reload();
      ctx.steps.mark(`PgBouncer points at ${to().name}`);
    },
    async undo() {
      const b = await bouncer();
      await b.repoint(from().name);
      await b.reload();
    },
  };
  const swap: Step = {
    name: 'swap-names',
    async run() {
      begin();
      ctx.remaining();
      if (f.bouncer) await loginRetryOff();
      if (ctx.swapped === f.swappedAtStart) await swapOnce(ctx);
      ctx.steps.mark(`${ctx.pair.blue.database} and ${ctx.pair.green.database} swapped names`);
    },
    async undo() {
      if (ctx.swapped !== f.swappedAtStart) await swapOnce(ctx);
    },
    // Without PgBouncer, clients reach the new side by name as soon as the names are swapped.
    commits: () => !f.bouncer && ctx.swapped !== f.swappedAtStart,
  };
  const resume: Step = {
    name: 'resume',
    async run() {
      ctx.remaining();
      await (await bouncer()).resume();
      tally.pauseMs = paused();
      ctx.steps.mark(`traffic resumed on ${to().name}`, tally.pauseMs);
    },
    commits: () => true,
  };
  const last: Step = {
    name: forward ? 'follow' : 'release',
    async run() {
      if (tally.pauseMs === undefined && started !== undefined) {
        tally.pauseMs = paused();
        if (!f.bouncer) ctx.steps.mark(`traffic moved to ${to().name}`, tally.pauseMs);
      }
      if (f.bouncer)
        await settleLogins().catch((e: unknown) =>
          ctx.logger.warn(`PgBouncer server_login_retry not restored: ${(e as Error).message}`),
        );
      if (forward) await follow(ctx);
      else await release(ctx);
    },
  };
  const route = f.rename ? [swap] : f.bouncer ? [repoint] : [];
  const steps = [
    ...(f.bouncer ? [pause] : []),
    freeze,
    turn,
    ...(f.command ? [command] : []),
    ...route,
    ...(f.bouncer ? [resume] : []),
    last,
  ];
  const live = (c: Ctx) => (forward ? c.copy() : c.origin()).name;
  const old = (c: Ctx) => (forward ? c.origin() : c.copy()).name;
  return {
    tally,
    plan: {
      steps,
      done: {
        phase: forward ? 'switched' : 'rolled-back',
        active: live,
        renamed: (c) => c.swapped,
      },
      undone: { phase: forward ? 'prepared' : 'switched', active: old, renamed: (c) => c.swapped },
    },
  };
}

/** Swaps the names once and records that it did (the names are the truth, the flag follows). */
async function swapOnce(ctx: Ctx): Promise<void> {
  try {
    await swapNames(ctx.pair, ctx.logger, `${ctx.command}:swap-names`, ctx.checkpoint);
    ctx.swapped = !ctx.swapped;
    // The swap ended the command's sessions: the journal's database has a new one.
    await ctx.journal.touch();
  } catch (error) {
    // A lost answer to the COMMIT would leave the flag wrong: ask the server.
    const admin = await ctx.pair.serverClient('blue');
    const { rows } = await admin.query<{ oid: string }>(DATABASE_OID, [ctx.pair.blue.database]);
    if (ctx.state?.homeOid && rows[0]) ctx.swapped = rows[0].oid !== ctx.state.homeOid;
    throw error;
  }
}
