import { readFile } from 'node:fs/promises';
import {
  rollout,
  FLEET_DEFAULTS,
  ON_FAILURE,
  type FleetResult,
  TARGET_GROUPS,
  parseTargets,
  secretsOfList,
  fleetFailure,
  parseVerifyChecks,
} from '../../core/fleet/index.js';
import type { MigrateOptions } from '../../core/migrations/index.js';
import { cancelSignal } from '../../core/monitor/index.js';
import { renderFleetSummary } from '../../core/report/index.js';
import { redact } from '../../core/db/index.js';
import { DbDeployError } from '../../core/errors.js';
import { choiceOption, durationOption, integerOption, pathOption } from '../args.js';
import { cliLogger, type CliIo } from '../output.js';
import { THRESHOLD_OPTIONS, thresholdOptions } from '../thresholds.js';
import { declaredMs, declaredNumber } from '../help.js';
import { commandOptions } from '../help.js';

const FLEET = commandOptions(
  'migrate',
  [
    {
      input: 'database-urls',
      flag: 'targets',
      arg: 'FILE',
      text: 'migrate every database of FILE instead of --database-url',
    },
    { input: 'canary', arg: 'N', fallback: '1 with more than one target' },
    { input: 'max-parallel', arg: 'N' },
    { input: 'on-failure', arg: 'halt|continue' },
    { input: 'verify-command', arg: 'CMD' },
    { input: 'verify-timeout', arg: 'D' },
    {
      input: 'verify-checks',
      arg: 'LIST',
      text: 'preflight checks judged on each target, comma-separated (e.g. invalid-indexes,lock-waiters), with the limits of db-deploy preflight: --max-active-connections, --max-connections-usage, --max-transaction-age, --max-lock-wait, --max-lock-waiters, --max-replication-lag, --max-invalid-indexes',
    },
    { input: 'target-group', arg: 'all|canary|rest' },
    { input: 'shard-index', arg: 'I' },
    { input: 'shard-total', arg: 'N' },
  ],
  false,
);

export const FLEET_HELP = `Fleet (many databases, one a line in FILE: URL or name=URL, # comments allowed):
${FLEET.help}`;

/** The options only a fleet run takes (the thresholds of --verify-checks too). */
export const FLEET_OPTIONS = { ...FLEET.parser, ...THRESHOLD_OPTIONS };

type FleetValues = { [K in keyof typeof FLEET_OPTIONS]?: string } & {
  'database-url'?: string;
  json?: boolean;
  verbose?: boolean;
};

/** Refuses a fleet option given without --targets, in one line. */
export function refuseFleetOptions(v: FleetValues): void {
  const used = Object.keys(FLEET_OPTIONS).find(
    (name) => name !== 'targets' && v[name as keyof typeof FLEET_OPTIONS] !== undefined,
  );
  if (used)
    throw new DbDeployError('bad-input', `--${used} applies to --targets only`, {
      hint: `list the database in a --targets file (one line is a fleet of one), or leave out --${used}`,
    });
}

/** Reads the --targets file; every line's secrets are registered before anything is parsed. */
async function readTargets(value: string, io: CliIo) {
  let text: string;
  try {
    text = await readFile(pathOption(value, ''), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new DbDeployError('bad-input', `--targets ${value} cannot be read (${code})`, {
      hint: 'pass a file with one connection URL (or name=URL) a line',
    });
  }
  io.secrets.push(...secretsOfList(text));
  return parseTargets(text, `--targets ${value}`);
}

/** `db-deploy migrate --targets FILE`: the rollout the action runs over database-urls. Returns the exit code. */
export async function fleetCommand(
  v: FleetValues & { targets: string },
  run: Omit<MigrateOptions, 'databaseUrl'>,
  io: CliIo,
): Promise<number> {
  if (v['database-url'] !== undefined)
    throw new DbDeployError('bad-input', '--database-url and --targets are both given', {
      hint: 'give --database-url for one database or --targets FILE for a fleet, not both',
    });
  const targets = await readTargets(v.targets, io);
  const cancel = cancelSignal();
  let result: FleetResult;
  try {
    result = await rollout(
      {
        targets,
        selection: {
          group: v['target-group']
            ? choiceOption(v['target-group'], TARGET_GROUPS, 'target-group', 'migrate')
            : 'all',
          canary: integerOption(v.canary, 'canary', 0),
          shardIndex: integerOption(v['shard-index'], 'shard-index', 0),
          shardTotal: integerOption(v['shard-total'], 'shard-total', 1),
        },
        maxParallel:
          integerOption(v['max-parallel'], 'max-parallel', 1) ??
          declaredNumber('migrate', 'max-parallel'),
        onFailure: v['on-failure']
          ? choiceOption(v['on-failure'], ON_FAILURE, 'on-failure', 'migrate')
          : FLEET_DEFAULTS.onFailure,
        verify: {
          command: v['verify-command'],
          timeoutMs: durationOption(
            v['verify-timeout'],
            'verify-timeout',
            declaredMs('migrate', 'verify-timeout'),
          ),
          checks: parseVerifyChecks(
            (v['verify-checks'] ?? '')
              .split(',')
              .map((s) => s.trim())
              .filter(Boolean),
            '--verify-checks',
          ),
          limits: thresholdOptions(v),
        },
        migrate: run,
      },
      cliLogger(io, v.verbose ?? false),
      cancel.signal,
    );
  } finally {
    cancel.dispose();
  }
  io.out(redact(v.json ? JSON.stringify(result, null, 2) : renderFleetSummary(result), io.secrets));
  const failure = fleetFailure(result);
  if (failure) throw failure;
  return 0;
}
