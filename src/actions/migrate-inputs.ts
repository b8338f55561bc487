import {
  FORMAT_CHOICES,
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
import { readPreflightThresholds } from './preflight-inputs.js';
import { actionInputs, workspace } from '../github/inputs.js';

/** migrate/action.yml's inputs, each defaulting to what it declares. */
const input = actionInputs('migrate');

/** One database (`database-url`), or a rollout over many (`database-urls`). */
export type MigrateInputs =
  { kind: 'single'; options: MigrateOptions } | { kind: 'fleet'; fleet: FleetOptions };

/** The single-database options, without the URL. */
function readRunInputs(): Omit<MigrateOptions, 'databaseUrl'> {
  return {
    format: input.choice('migration-format', FORMAT_CHOICES),
    // Empty: the format's own configuration or default decides (shown in the summary).
    migrationsDir: input.optionalPath('migrations-dir'),
    baseDir: workspace(),
    direction: input.choice('direction', ['up', 'down']),
    count: readCount(),
    dryRun: input.boolean('dry-run'),
    lockTimeoutMs: input.duration('lock-timeout'),
    lockRetries: input.integer('lock-retries', 0, 1000),
    statementTimeoutMs: input.duration('statement-timeout'),
    lockWaitTimeoutMs: input.duration('lock-wait-timeout'),
    connectTimeoutMs: input.duration('connect-timeout'),
    migrationsTable: input.optional('migrations-table'),
    schema: input.optional('schema'),
    environment: input.optional('knex-environment'),
    allowEdited: input.boolean('allow-edited'),
    placeholders: parsePlaceholders(input.list('placeholders'), 'input placeholders'),
  };
}

/** `count`: a number of migrations, or `batch` (the last batch, as `knex migrate:rollback`). */
function readCount(): MigrationCount | undefined {
  return input.optional('count') === 'batch' ? 'batch' : input.optionalInteger('count', 1);
}

/** The fleet inputs, each with the value that means "not used" when a single database is given. */
function readFleetInputs() {
  return {
    canary: input.optionalInteger('canary', 0),
    maxParallel: input.integer('max-parallel', 1, 256),
    onFailure: input.choice('on-failure', ON_FAILURE),
    group: input.choice('target-group', TARGET_GROUPS),
    shardIndex: input.optionalInteger('shard-index', 0),
    shardTotal: input.optionalInteger('shard-total', 1),
    command: input.optional('verify-command'),
    timeoutMs: input.duration('verify-timeout'),
    checks: parseVerifyChecks(input.list('verify-checks'), 'input verify-checks'),
    limits: readPreflightThresholds(input),
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
  const url = input.optional('database-url');
  const urls = input.optional('database-urls');
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
