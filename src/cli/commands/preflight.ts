import {
  preflight,
  type PreflightResult,
  assertPreflightPassed,
} from '../../core/monitor/index.js';
import { redact } from '../../core/db/index.js';
import { durationOption } from '../args.js';
import { cliLogger, type CliIo } from '../output.js';
import { THRESHOLD_HELP, thresholdOptions } from '../thresholds.js';
import { commandPreamble } from '../preamble.js';
import { declaredMs } from '../help.js';
import { commandOptions } from '../help.js';

const OPTIONS = commandOptions('monitor', [
  { input: 'database-url', arg: 'URL', text: 'connection URL', fallback: '$DATABASE_URL' },
  { input: 'connect-timeout', arg: 'D' },
  {
    flag: 'statement-timeout',
    arg: 'D',
    text: "limit on each check's query (default: the connect timeout)",
  },
  ...THRESHOLD_HELP,
  { flag: 'json', text: 'print the result as JSON on stdout' },
  { flag: 'verbose', text: 'print debug output' },
]);

export const PREFLIGHT_HELP = `Usage: db-deploy preflight [options]

Checks that a database is fit for a deployment, read-only: it connects, then measures the
server version, the database size, active sessions, connections against max_connections, the
oldest open transaction, sessions waiting on locks, replica lag and INVALID indexes. Every
check is printed; the command fails listing every check that failed.

Options:
${OPTIONS.help}
Durations: 250ms, 5s, 10m, 1h.
Exit code: 0 when every check passed, 1 when a check failed (or an option is invalid),
2 for a usage error.`;

const WORD = { pass: 'pass', fail: 'FAIL', info: 'info', skipped: 'skip' } as const;

/** One line per check: result, id, value, limit, and the detail of the interesting ones. */
export function renderPreflight(result: PreflightResult): string {
  const failed = result.checks.filter((c) => c.status === 'fail').length;
  const width = Math.max(...result.checks.map((c) => c.id.length));
  return [
    `preflight ${result.database}: ${failed ? `${failed} of ${result.checks.length} checks FAILED` : `all ${result.checks.length} checks passed`} (${result.durationMs} ms)`,
    ...result.checks.map((c) => {
      const limit = c.limit ? ` (limit ${c.limit})` : '';
      const detail = c.detail && c.status !== 'skipped' ? ` — ${c.detail}` : '';
      return `  ${WORD[c.status].padEnd(4)}  ${c.id.padEnd(width)}  ${c.value}${limit}${detail}`;
    }),
  ].join('\n');
}

/** `db-deploy preflight`. Returns the exit code. */
export async function preflightCommand(argv: string[], io: CliIo): Promise<number> {
  const parsed = commandPreamble(argv, io, {
    command: 'preflight',
    options: OPTIONS.parser,
    help: PREFLIGHT_HELP,
    databaseUrl: 'required',
  });
  if (!parsed) return 0;
  const { values: v, databaseUrl } = parsed;
  const connectTimeoutMs = durationOption(
    v['connect-timeout'],
    'connect-timeout',
    declaredMs('monitor', 'connect-timeout'),
  );
  const result = await preflight(
    {
      databaseUrl,
      connectTimeoutMs,
      statementTimeoutMs: durationOption(
        v['statement-timeout'],
        'statement-timeout',
        connectTimeoutMs,
      ),
      ...thresholdOptions(v),
    },
    cliLogger(io, v.verbose ?? false),
  );
  io.out(redact(v.json ? JSON.stringify(result, null, 2) : renderPreflight(result), io.secrets));
  assertPreflightPassed(result);
  return 0;
}
