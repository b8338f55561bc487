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
import { durationOption, integerOption, type OptionSpec } from '../args.js';
import { cliLogger, type CliIo } from '../output.js';
import { commandPreamble } from '../preamble.js';

export const MONITOR_HELP = `Usage: db-deploy monitor [options]

Watches a deployment: every --interval for --duration, probes each health URL, the error rate
and the database at once. A check that fails --failure-threshold times in a row makes the
deployment unhealthy: the watch stops and --rollback-command runs, exactly once. Ctrl-C stops
probing and rolls nothing back (unless --rollback-on-cancel).

Options:
  --health-url URL            must answer --expected-status within --timeout (repeatable)
  --expected-status LIST      healthy statuses: 2xx, 200,204, 200-399 (default: 2xx)
  --error-rate-url URL        JSON document or Prometheus exposition with the error rate
  --error-rate-json-path P    dotted path to the rate in the JSON (default: error_rate)
  --error-rate-metric M       Prometheus metric with optional labels, e.g. errors{job="api"}
  --error-rate-threshold R    the rate must stay at or under R (0.05 or 5%; default: 0.05)
  --database-url URL          also watch the database (default: $DATABASE_URL when set)
  --max-lock-wait D           longest lock wait (default: 5s)
  --max-active-connections N  sessions running a statement (default: 100)
  --max-deadlocks N           deadlocks since the watch began (default: 0)
  --max-rollback-ratio R      rolled-back share of transactions since it began (default: 0.1)
  --max-replication-lag D     replay lag of the worst replica (default: 60s)
  --duration D                how long to watch (default: 5m)
  --interval D                between the starts of two rounds (default: 10s)
  --timeout D                 each probe and query is abandoned after D (default: 5s)
  --failure-threshold N       failures in a row that make it unhealthy (default: 3)
  --rollback-command CMD      shell command run once when unhealthy (DB_DEPLOY_FAILED_* in env)
  --rollback-timeout D        kill the rollback command after D (default: 15m; 0: no limit)
  --rollback-on-cancel        roll back on Ctrl-C / SIGTERM too
  --json                      print the result (every sample) as JSON on stdout
  --verbose                   print debug output
  -h, --help                  show this help
Exit code: 0 healthy to the end, 1 unhealthy (rolled back or not) or cancelled, 2 usage error.`;

const OPTIONS = {
  'health-url': { type: 'string', multiple: true },
  'expected-status': { type: 'string' },
  'error-rate-url': { type: 'string' },
  'error-rate-json-path': { type: 'string' },
  'error-rate-metric': { type: 'string' },
  'error-rate-threshold': { type: 'string' },
  'database-url': { type: 'string' },
  'max-lock-wait': { type: 'string' },
  'max-active-connections': { type: 'string' },
  'max-deadlocks': { type: 'string' },
  'max-rollback-ratio': { type: 'string' },
  'max-replication-lag': { type: 'string' },
  duration: { type: 'string' },
  interval: { type: 'string' },
  timeout: { type: 'string' },
  'failure-threshold': { type: 'string' },
  'rollback-command': { type: 'string' },
  'rollback-timeout': { type: 'string' },
  'rollback-on-cancel': { type: 'boolean' },
  json: { type: 'boolean' },
  verbose: { type: 'boolean' },
} as const satisfies OptionSpec;

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
    options: OPTIONS,
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
      maxLockWaitMs: durationOption(v['max-lock-wait'], 'max-lock-wait', d.maxLockWaitMs),
      maxActiveConnections:
        v['max-active-connections'] === undefined
          ? d.maxActiveConnections
          : parseCount(v['max-active-connections'], '--max-active-connections', 1),
      maxDeadlocks:
        v['max-deadlocks'] === undefined
          ? d.maxDeadlocks
          : parseCount(v['max-deadlocks'], '--max-deadlocks'),
      maxRollbackRatio:
        v['max-rollback-ratio'] === undefined
          ? d.maxRollbackRatio
          : parseRatio(v['max-rollback-ratio'], '--max-rollback-ratio'),
      maxReplicationLagMs: durationOption(
        v['max-replication-lag'],
        'max-replication-lag',
        d.maxReplicationLagMs,
      ),
    },
    durationMs: durationOption(v.duration, 'duration', WATCH_DEFAULTS.durationMs),
    intervalMs: durationOption(v.interval, 'interval', WATCH_DEFAULTS.intervalMs),
    timeoutMs: durationOption(v.timeout, 'timeout', WATCH_DEFAULTS.timeoutMs),
    failureThreshold:
      integerOption(v['failure-threshold'], 'failure-threshold', 1) ??
      WATCH_DEFAULTS.failureThreshold,
    rollbackCommand: v['rollback-command'],
    rollbackTimeoutMs: durationOption(
      v['rollback-timeout'],
      'rollback-timeout',
      WATCH_DEFAULTS.rollbackTimeoutMs,
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
