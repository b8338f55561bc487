import { DbDeployError } from '../errors.js';
import type { DbClient } from '../db/index.js';
import { lintMigration, blueGreenRules, type Finding, type TableKey } from '../lint/index.js';
import { openMigrationSet, readMigrationState } from '../migrations/index.js';
import type { Logger } from '../logger.js';
import type { SwitchOptions } from './options.js';
import { GREEN_FORMAT } from './types.js';

const BLUE_GREEN_RULES = new Set(blueGreenRules.map((r) => r.id));
/** Findings that stop prepare besides the blue-green rules: migrate would fail on them anyway. */
const UNREADABLE = new Set(['syntax-error', 'migration-load-failed']);

/**
 * The migrations prepare would apply to green — those blue has not applied — linted with the
 * blue-green rules (`deploy-strategy: blue-green`): a change the replication cannot carry
 * (a dropped or renamed column or table, a type change, a new NOT NULL …) is refused before
 * anything is created, naming the first such change. A `db-deploy-ignore` comment above the
 * statement lets a reviewed one through, as in validate. Warnings are logged.
 */
export async function requireAdditive(
  blue: DbClient,
  options: SwitchOptions,
  pgVersion: number,
  logger: Logger,
): Promise<void> {
  if (!options.migrationsDir) return;
  const set = await openMigrationSet({
    format: GREEN_FORMAT,
    migrationsDir: options.migrationsDir,
    migrationsTable: options.migrationsTable,
    schema: options.migrationsSchema,
  });
  const applied = new Set((await readMigrationState(blue, set.ledger)).applied);
  const createdInDeploy = new Set<TableKey>();
  const findings: Finding[] = [];
  for (const file of set.migrations.filter((f) => !applied.has(f.id)))
    findings.push(
      ...(await lintMigration(file, {
        format: set.format,
        all: set.migrations,
        pgVersion,
        strategy: 'blue-green',
        createdInDeploy,
      })),
    );
  const relevant = findings.filter((f) => BLUE_GREEN_RULES.has(f.rule) || UNREADABLE.has(f.rule));
  for (const f of relevant.filter((x) => x.severity === 'warning'))
    logger.warn(`${f.file}:${f.line}: ${f.message} (${f.rule})`);
  const blocking = relevant.filter((f) => f.severity === 'error');
  const first = blocking[0];
  if (!first) return;
  const more = blocking.length > 1 ? ` (and ${blocking.length - 1} more)` : '';
  throw new DbDeployError(
    'not-additive',
    `${first.file}:${first.line}: ${BLUE_GREEN_RULES.has(first.rule) ? 'not additive, so the replication cannot carry it — ' : ''}${first.message}${more}`,
    {
      hint: `${first.hint} (rule ${first.rule}; validate with deploy-strategy: blue-green lists them all); nothing was created`,
    },
  );
}
