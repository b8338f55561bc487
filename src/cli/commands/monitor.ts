import {
  watch,
  setUpWatch,
  WATCH_DEFAULTS,
  DATABASE_WATCH_DEFAULTS,
  endpointSecrets,
  parseCount,
  parseRatio,
  watchFailure,
  cancelSignal,
  type WatchResult,
} from '../../core/monitor/index.js';
import { redact } from '../../core/db/index.js';
import { durationOption, integerOption } from '../args.js';
import { cliLogger, type CliIo } from '../output.js';
import { commandPreamble } from '../preamble.js';
import { declaredMs, declaredNumber } from '../help.js';
import { commandOptions } from '../help.js';

const OPTIONS = commandOptions('monitor', [
  {
    input: 'health-url',
    arg: 'URL',
    text: 'must answer --expected-status within --timeout; repeatable',
    repeat: true,
  },
  { input: 'expected-status', arg: 'LIST' },
  { input: 'error-rate-url', arg: 'URL' },
  { input: 'error-rate-json-path', arg: 'P' },
  { input: 'error-rate-metric', arg: 'M' },
  { input: 'error-rate-threshold', arg: 'R' },
  {
    input: 'database-url',
    arg: 'URL',
    text: 'also watch the database',
    fallback: '$DATABASE_URL when set',
  },
  { input: 'max-lock-wait', arg: 'D' },
  { input: 'max-active-connections', arg: 'N' },
  { input: 'max-deadlocks', arg: 'N' },
  { input: 'max-rollback-ratio', arg: 'R' },
  { input: 'max-replication-lag', arg: 'D' },
  { input: 'duration', arg: 'D' },
  { input: 'interval', arg: 'D' },
  { input: 'timeout', arg: 'D' },
  { input: 'failure-threshold', arg: 'N' },
  {
    input: 'rollback-command',
    arg: 'CMD',
    text: 'shell command (bash) run exactly once when the deployment turns unhealthy (DB_DEPLOY_FAILED_* in its environment)',
  },
  { input: 'rollback-timeout', arg: 'D' },
  { input: 'rollback-on-cancel', text: 'roll back on Ctrl-C / SIGTERM too', fallback: false },
  { flag: 'json', text: 'print the result (every sample) as JSON on stdout' },
  { flag: 'verbose', text: 'print debug output' },
]);

export const MONITOR_HELP = `Usage: db-deploy monitor [options]

Watches a deployment: every --interval for --duration, probes each health URL, the error rate
and the database at once. A check that fails --failure-threshold times in a row makes the
deployment unhealthy: the watch stops and --rollback-command runs, exactly once. Ctrl-C stops
probing and rolls nothing back (unless --rollback-on-cancel).

Options:
${OPTIONS.help}
Exit code: 0 healthy to the end, 1 unhealthy (rolled back or not) or cancelled, 2 usage error.`;

/** One line per check: probes, failures, latency and the worst value. */
export function renderWatch(result: WatchResult): string {
  const lines = [
    `${result.verdict.toUpperCase()} after ${result.rounds} rounds (${result.durationMs} ms)`,
  ];
  for (const c of result.checks) {
    const latency =
      c.p50LatencyMs === undefined ? '' : `, p50 ${c.p50LatencyMs}ms p95 ${c.p95LatencyMs}ms`;
    lines.push(
      `  ${c.failures === 0 ? 'ok  ' : 'FAIL'} ${c.label}: ${c.probes} probes, ${c.failures} failed${latency}, worst ${c.worst ?? '-'}`,
    );
  }
  if (result.rollback)
    lines.push(
      `  rollback: ${result.rollback.error ?? `exit code ${result.rollback.exitCode}`} in ${result.rollback.durationMs} ms`,
    );
  return lines.join('\n');
}

/** `db-deploy monitor`. Returns the exit code. */
export async function monitorCommand(argv: string[], io: CliIo): Promise<number> {
  const parsed = commandPreamble(argv, io, {
    command: 'monitor',
    options: OPTIONS.parser,
    help: MONITOR_HELP,
    databaseUrl: 'optional',
  });
  if (!parsed) return 0;
  const { values: v, databaseUrl } = parsed;
  const urls = [...(v['health-url'] ?? []), ...(v['error-rate-url'] ? [v['error-rate-url']] : [])];
  for (const url of urls) io.secrets.push(...endpointSecrets(url));
  const d = DATABASE_WATCH_DEFAULTS;
  const options = setUpWatch({
    healthUrls: v['health-url'] ?? [],
    expectedStatus: v['expected-status'],
    errorRateUrl: v['error-rate-url'],
    errorRateJsonPath: v['error-rate-json-path'],
    errorRateMetric: v['error-rate-metric'],
    errorRateThreshold:
      v['error-rate-threshold'] === undefined
        ? WATCH_DEFAULTS.errorRateThreshold
        : parseRatio(v['error-rate-threshold'], '--error-rate-threshold'),
    databaseUrl,
    database: {
      maxLockWaitMs: durationOption(
        v['max-lock-wait'],
        'max-lock-wait',
        declaredMs('monitor', 'max-lock-wait'),
      ),
      maxActiveConnections:
        v['max-active-connections'] === undefined
          ? declaredNumber('monitor', 'max-active-connections')
          : parseCount(v['max-active-connections'], '--max-active-connections', 1),
      maxDeadlocks:
        v['max-deadlocks'] === undefined
          ? declaredNumber('monitor', 'max-deadlocks')
          : parseCount(v['max-deadlocks'], '--max-deadlocks'),
      maxRollbackRatio:
        v['max-rollback-ratio'] === undefined
          ? d.maxRollbackRatio
          : parseRatio(v['max-rollback-ratio'], '--max-rollback-ratio'),
      maxReplicationLagMs: durationOption(
        v['max-replication-lag'],
        'max-replication-lag',
        declaredMs('monitor', 'max-replication-lag'),
      ),
    },
    durationMs: durationOption(v.duration, 'duration', declaredMs('monitor', 'duration')),
    intervalMs: durationOption(v.interval, 'interval', declaredMs('monitor', 'interval')),
    timeoutMs: durationOption(v.timeout, 'timeout', declaredMs('monitor', 'timeout')),
    failureThreshold:
      integerOption(v['failure-threshold'], 'failure-threshold', 1) ??
      declaredNumber('monitor', 'failure-threshold'),
    rollbackCommand: v['rollback-command'],
    rollbackTimeoutMs: durationOption(
      v['rollback-timeout'],
      'rollback-timeout',
      declaredMs('monitor', 'rollback-timeout'),
    ),
    rollbackOnCancel: v['rollback-on-cancel'] ?? false,
  });
  const cancel = cancelSignal();
  let result: WatchResult;
  try {
    result = await watch({ ...options, signal: cancel.signal }, cliLogger(io, v.verbose ?? false));
  } finally {
    cancel.dispose();
  }
  io.out(redact(v.json ? JSON.stringify(result, null, 2) : renderWatch(result), io.secrets));
  const failure = watchFailure(result, 'cli');
  if (failure) throw failure;
  return 0;
}
