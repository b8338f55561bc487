import { DbDeployError } from '../errors.js';
import type { Logger } from '../logger.js';
import { runShell } from '../shell.js';
import type { Ctx } from './context.js';
import { conninfo } from './names.js';
import { createSubscription, dropSource, waitForSubscription } from './replication.js';

/** The steps of a flip that touch the outside or end it: the switch-command, and after RESUME. */

/** After a switch: blue's forward slot goes, blue follows green (the return replication). */
export async function follow(ctx: Ctx): Promise<void> {
  const f = ctx.facts;
  const { names } = ctx.pair;
  const origin = await ctx.origin().client();
  const [live, follower] = [ctx.copy().name, ctx.origin().name];
  if (f.logical) await dropSource(origin, names.forward);
  if (!f.returning) {
    ctx.logger.warn(
      `${follower} does not follow ${live}: a rollback would lose the writes it takes from now on`,
    );
    return;
  }
  await createSubscription(origin, names.back, conninfo(ctx.copy().target), false);
  if (await waitForSubscription(origin, names.back, 15_000, ctx.signal))
    ctx.steps.mark(`${follower} now receives ${live}’s writes (for rollback)`);
  else
    ctx.logger.warn(`${follower}'s subscription has not started yet: run status before a rollback`);
}

/** After a rollback: the return slot and publication on green go. */
export async function release(ctx: Ctx): Promise<void> {
  if (ctx.facts.following) await dropSource(await ctx.copy().client(), ctx.pair.names.back);
  else
    ctx.logger.warn(
      `writes made on ${ctx.copy().name} since the switch are not in ${ctx.origin().name}`,
    );
}

/** The switch-command, with the new and old database in its environment; a failure fails the step. */
export async function runSwitchCommand(
  ctx: Ctx,
  active: string,
  standby: string,
  back = false,
): Promise<void> {
  const command = ctx.options.switchCommand;
  if (!command)
    throw new DbDeployError(
      'bad-input',
      `the interrupted ${ctx.command} ran a switch-command, and none is given now`,
      { hint: 'give the same switch-command as the command that was interrupted' },
    );
  const logger: Logger = ctx.logger;
  const run = await runShell(command, {
    env: { DB_DEPLOY_ACTIVE_DATABASE: active, DB_DEPLOY_STANDBY_DATABASE: standby },
    timeoutMs: back ? ctx.options.switchTimeoutMs : ctx.remaining(),
    label: 'switch-command',
    timeoutInput: 'switch-timeout',
    logger,
  });
  if (run.exitCode === 0) return;
  throw new DbDeployError(
    'switch-command-failed',
    `switch-command ${run.error ?? `ended with exit code ${run.exitCode}`}`,
    {
      hint: back
        ? `point the traffic back at ${active} by hand`
        : 'fix the command (its output is in the log); traffic stayed on the old database',
    },
  );
}
