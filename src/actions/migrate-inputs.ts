import {
  FORMAT_CHOICES,
  MIGRATE_DEFAULTS,
  parsePlaceholders,
  type MigrateOptions,
  type MigrationCount,
} from '../core/migrations/index.js';
import { DbDeployError } from '../core/errors.js';
import {
  FLEET_DEFAULTS,
  ON_FAILURE,
  type FleetOptions,
  TARGET_GROUPS,
  parseTargets,
  parseVerifyChecks,
} from '../core/fleet/index.js';
import {
  readBoolean,
  readChoice,
  readDuration,
  readInteger,
  readList,
  readOptional,
  readOptionalPath,
  workspace,
} from '../github/inputs.js';
import { readPreflightThresholds } from './preflight-inputs.js';

/** One database (`database-url`), or a rollout over many (`database-urls`). */
export type MigrateInputs =
  { kind: 'single'; options: MigrateOptions } | { kind: 'fleet'; fleet: FleetOptions };

/** The single-database options, without the URL. */
function readRunInputs(): Omit<MigrateOptions, 'databaseUrl'> {
  const d = MIGRATE_DEFAULTS;
  return {
    format: readChoice('migration-format', FORMAT_CHOICES, d.format),
    // Empty: the format's own configuration or default decides (shown in the summary).
    migrationsDir: readOptionalPath('migrations-dir'),
    baseDir: workspace(),
    direction: readChoice('direction', ['up', 'down'], d.direction),
    count: readCount(),
    dryRun: readBoolean('dry-run', d.dryRun),
    lockTimeoutMs: readDuration('lock-timeout', d.lockTimeoutMs),
    lockRetries: readInteger('lock-retries', d.lockRetries, 0, 1000),
    statementTimeoutMs: readDuration('statement-timeout', d.statementTimeoutMs),
    lockWaitTimeoutMs: readDuration('lock-wait-timeout', d.lockWaitTimeoutMs),
    connectTimeoutMs: readDuration('connect-timeout', d.connectTimeoutMs),
    migrationsTable: readOptional('migrations-table'),
    schema: readOptional('schema'),
    environment: readOptional('knex-environment'),
    allowEdited: readBoolean('allow-edited', d.allowEdited),
    placeholders: parsePlaceholders(readList('placeholders'), 'input placeholders'),
  };
}

/** `count`: a number of migrations, or `batch` (the last batch, as `knex migrate:rollback`). */
function readCount(): MigrationCount | undefined {
  return readOptional('count') === 'batch' ? 'batch' : readInteger('count', undefined, 1);
}

/** The fleet inputs, each with the value that means "not used" when a single database is given. */
function readFleetInputs() {
  return {
    canary: readInteger('canary', undefined, 0),
    maxParallel: readInteger('max-parallel', FLEET_DEFAULTS.maxParallel, 1, 256),
    onFailure: readChoice('on-failure', ON_FAILURE, FLEET_DEFAULTS.onFailure),
    group: readChoice('target-group', TARGET_GROUPS, 'all'),
    shardIndex: readInteger('shard-index', undefined, 0),
    shardTotal: readInteger('shard-total', undefined, 1),
    command: readOptional('verify-command'),
    timeoutMs: readDuration('verify-timeout', FLEET_DEFAULTS.verifyTimeoutMs),
    checks: parseVerifyChecks(readList('verify-checks'), 'input verify-checks'),
    limits: readPreflightThresholds(),
  };
}

/** The first fleet input set to something other than its default, if any. */
function fleetInputInUse(f: ReturnType<typeof readFleetInputs>): string | undefined {
  const used: Record<string, boolean> = {
    canary: f.canary !== undefined,
    'max-parallel': f.maxParallel !== FLEET_DEFAULTS.maxParallel,
    'on-failure': f.onFailure !== FLEET_DEFAULTS.onFailure,
    'target-group': f.group !== 'all',
    'shard-index': f.shardIndex !== undefined,
    'shard-total': f.shardTotal !== undefined,
    'verify-command': f.command !== undefined,
    'verify-checks': f.checks.length > 0,
  };
  return Object.keys(used).find((name) => used[name]);
}

/**
 * Reads and validates every input declared in migrate/action.yml, the one place migrate reads
 * them: exactly one of database-url and database-urls, and the fleet inputs only with the latter.
 */
export function readMigrateInputs(): MigrateInputs {
  const url = readOptional('database-url');
  const urls = readOptional('database-urls');
  if (!url && !urls)
    throw new DbDeployError('bad-input', 'input database-url (or database-urls) is required', {
      hint: "set `database-url:` in the step's `with:`, or `database-urls:` (one URL or name=URL a line) for a fleet",
    });
  if (url && urls)
    throw new DbDeployError('bad-input', 'inputs database-url and database-urls are both set', {
      hint: 'set database-url for one database or database-urls for a fleet, not both',
    });
  const run = readRunInputs();
  const f = readFleetInputs();
  if (url) {
    const used = fleetInputInUse(f);
    if (used)
      throw new DbDeployError('bad-input', `input ${used} applies to database-urls only`, {
        hint: `list the database in database-urls (one line is a fleet of one), or remove ${used}`,
      });
    return { kind: 'single', options: { ...run, databaseUrl: url } };
  }
  return {
    kind: 'fleet',
    fleet: {
      targets: parseTargets(urls ?? '', 'database-urls'),
      selection: {
        group: f.group,
        canary: f.canary,
        shardIndex: f.shardIndex,
        shardTotal: f.shardTotal,
      },
      maxParallel: f.maxParallel,
      onFailure: f.onFailure,
      verify: { command: f.command, timeoutMs: f.timeoutMs, checks: f.checks, limits: f.limits },
      migrate: run,
    },
  };
}
