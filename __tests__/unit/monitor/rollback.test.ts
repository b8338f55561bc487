import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { memoryLogger } from '../../../src/core/logger.js';
import { deadline } from '../../helpers/deadline.js';
import { runRollback, type RollbackReason } from '../../../src/core/monitor/rollback.js';

const REASON: RollbackReason = {
  check: 'health-2',
  label: 'health https://app.example.com/healthz',
  value: '503 in 12ms',
  message: "answered 503, expected 2xx (it's down)",
  firstFailureAt: '2024-05-01T12:00:20.000Z',
};

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'db-deploy-rollback-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/**
 * Whether a process is still running. A killed child whose parent died first is a zombie until
 * PID 1 reaps it, which a container's init may do late: a zombie counts as gone.
 */
function alive(pid: number): boolean {
  if (existsSync('/proc/self/stat')) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
      return state !== 'Z' && state !== 'X';
    } catch {
      return false;
    }
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Whether the process is gone, polling for up to `ms` (a bound on waiting, never asserted on). */
async function goneWithin(pid: number, ms: number): Promise<boolean> {
  const end = deadline(ms);
  while (!end.passed()) {
    if (!alive(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return !alive(pid);
}

describe('runRollback', () => {
  test('runs the command once and reports exit code 0', async () => {
    const marker = join(dir, 'ran-once');
    const logger = memoryLogger();
    const run = await runRollback(`echo ran >> '${marker}'`, REASON, 10_000, logger);
    expect(run.exitCode).toBe(0);
    expect(run.error).toBeUndefined();
    expect(await readFile(marker, 'utf8')).toBe('ran\n');
  });

  test('tells the command which check failed and how, through DB_DEPLOY_* variables', async () => {
    const logger = memoryLogger();
    const run = await runRollback(
      [
        'echo "check=$DB_DEPLOY_FAILED_CHECK"',
        'echo "label=$DB_DEPLOY_FAILED_CHECK_LABEL"',
        'echo "value=$DB_DEPLOY_FAILED_VALUE"',
        'echo "message=$DB_DEPLOY_FAILED_MESSAGE"',
        'echo "since=$DB_DEPLOY_FIRST_FAILURE_AT"',
      ].join('\n'),
      REASON,
      10_000,
      logger,
    );
    expect(run.exitCode).toBe(0);
    expect(logger.lines).toEqual([
      'info: rollback: check=health-2',
      'info: rollback: label=health https://app.example.com/healthz',
      'info: rollback: value=503 in 12ms',
      "info: rollback: message=answered 503, expected 2xx (it's down)",
      'info: rollback: since=2024-05-01T12:00:20.000Z',
    ]);
  });

  test('keeps the rest of the environment', async () => {
    const logger = memoryLogger();
    process.env.DB_DEPLOY_TEST_ROLLBACK_MARK = 'kept';
    try {
      await runRollback('echo "mark=$DB_DEPLOY_TEST_ROLLBACK_MARK"', REASON, 10_000, logger);
    } finally {
      delete process.env.DB_DEPLOY_TEST_ROLLBACK_MARK;
    }
    expect(logger.lines).toEqual(['info: rollback: mark=kept']);
  });

  test('relays stdout and stderr line by line with the rollback: prefix', async () => {
    const logger = memoryLogger();
    const run = await runRollback(
      'echo "rolling back to v41"; echo "warning: cache cold" >&2; sleep 0.1; printf "done"',
      REASON,
      10_000,
      logger,
    );
    expect(run.exitCode).toBe(0);
    expect(logger.lines).toHaveLength(3);
    expect(logger.lines).toEqual(
      expect.arrayContaining([
        'info: rollback: rolling back to v41',
        'info: rollback: warning: cache cold',
        'info: rollback: done',
      ]),
    );
    expect(logger.lines.at(-1)).toBe('info: rollback: done');
  });

  test('reassembles lines split across writes', async () => {
    const logger = memoryLogger();
    await runRollback('printf "par"; sleep 0.1; printf "tial\\nnext\\n"', REASON, 10_000, logger);
    expect(logger.lines).toEqual(['info: rollback: partial', 'info: rollback: next']);
  });

  test.each([1, 3, 127])('reports exit code %d without an error', async (code) => {
    const run = await runRollback(`exit ${code}`, REASON, 10_000, memoryLogger());
    expect(run.exitCode).toBe(code);
    expect(run.error).toBeUndefined();
  });

  test('reports a command that is not found as exit code 127, with the shell saying why', async () => {
    const logger = memoryLogger();
    const run = await runRollback('no-such-rollback-tool --now', REASON, 10_000, logger);
    expect(run.exitCode).toBe(127);
    expect(logger.lines.join('\n')).toMatch(/^info: rollback: .*no-such-rollback-tool.*not found/m);
  });

  test('reports a command ended by a signal with no exit code', async () => {
    const run = await runRollback('kill -TERM $$', REASON, 10_000, memoryLogger());
    expect(run.exitCode).toBeNull();
    expect(run.error).toBe('ended by SIGTERM');
  });

  test('kills the command and its children after the rollback timeout', async () => {
    const pidFile = join(dir, 'child.pid');
    const logger = memoryLogger();
    // Returning at all (the command would run 30 s) shows the timeout ended it.
    const run = await runRollback(
      `echo started; sleep 30 & echo $! > '${pidFile}'; wait; echo finished`,
      REASON,
      300,
      logger,
    );
    expect(run.exitCode).toBeNull();
    expect(run.error).toBe('killed after 300ms (rollback-timeout)');
    expect(logger.lines).toEqual(['info: rollback: started']);
    const child = Number((await readFile(pidFile, 'utf8')).trim());
    expect(child).toBeGreaterThan(0);
    expect(await goneWithin(child, 1_000)).toBe(true);
  });

  test('waits as long as the command takes when the timeout is 0', async () => {
    const logger = memoryLogger();
    const run = await runRollback('sleep 0.4; echo finished', REASON, 0, logger);
    expect(run.exitCode).toBe(0);
    expect(run.error).toBeUndefined();
    expect(logger.lines).toEqual(['info: rollback: finished']);
  });

  test('stamps when it started and ended, around the command itself', async () => {
    const logger = memoryLogger();
    // The command prints the time it ran at (ms since the epoch, from the same system clock).
    const run = await runRollback(
      'sleep 0.1; node -e "console.log(Date.now())"',
      REASON,
      10_000,
      logger,
    );
    const ranAt = Number(logger.lines[0]?.replace('info: rollback: ', ''));
    expect(run.startedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(run.endedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(Date.parse(run.startedAt)).toBeLessThanOrEqual(ranAt);
    expect(ranAt).toBeLessThanOrEqual(Date.parse(run.endedAt));
    expect(Number.isInteger(run.durationMs)).toBe(true);
  });

  // Known bug: the result waits for the 'close' event (every holder of stdout/stderr gone), not
  // the shell's exit, so a command that leaves a background process holding the output is
  // reported as killed by the timeout (or, with timeout 0, waited for until that process ends).
  test('reports exit code 0 for a command that leaves a background process behind', async () => {
    const run = await runRollback('echo draining; sleep 3 & exit 0', REASON, 1_000, memoryLogger());
    expect(run.error).toBeUndefined();
    expect(run.exitCode).toBe(0);
  });
});
