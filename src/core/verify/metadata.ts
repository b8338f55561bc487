import { formatDuration } from '../duration.js';
import { DESTRUCTIVE_RULES, type Finding, syntheticFinding } from '../lint/index.js';
import type { Migration } from '../migrations/index.js';
import type { MigrationReport } from './types.js';

/**
 * validate's checks of a migration's metadata block (`exports.config`, the e-commerce tutorial's
 * template; see migrations/metadata.ts): what it declares is compared with what the migration
 * does. The block's own shape is checked too: a wrong type is an error, an unknown key a notice.
 */

function finding(
  migration: Migration,
  rule: string,
  severity: Finding['severity'],
  message: string,
  hint: string,
): Finding {
  return syntheticFinding(migration, migration.declared?.line ?? 1, rule, severity, message, hint);
}

/**
 * Checks that need no database: the block's shape, its unknown keys, its dependencies (they must
 * exist and run before it), and `destructive: false` against what the linter found it drops
 * (`dataLoss`: the findings of the destructive rules, silenced ones included).
 */
export function declarationFindings(
  migration: Migration,
  all: readonly Migration[],
  dataLoss: readonly Finding[],
): Finding[] {
  const declared = migration.declared;
  if (!declared) return [];
  const out: Finding[] = [];
  for (const problem of declared.problems)
    out.push(
      finding(
        migration,
        'metadata-invalid',
        'error',
        `${migration.name}: exports.config.${problem}`,
        'fix the metadata block: transaction and destructive are true or false, estimatedDuration a duration such as "30s", dependencies a list of migration names',
      ),
    );
  for (const key of declared.unknownKeys)
    out.push(
      finding(
        migration,
        'metadata-unknown-key',
        'notice',
        `${migration.name}: exports.config.${key} is not a key db-deploy knows (transaction, destructive, estimatedDuration, dependencies), so nothing checks it`,
        'remove it or fix its spelling',
      ),
    );
  const position = all.indexOf(migration);
  for (const dependency of declared.dependencies ?? []) {
    const index = all.findIndex((m) => namesOf(m).includes(dependency));
    if (index < 0)
      out.push(
        finding(
          migration,
          'metadata-dependency-missing',
          'error',
          `${migration.name} declares a dependency on ${dependency}, and there is no such migration`,
          'name a migration of the migrations directory (its file name), or remove the dependency',
        ),
      );
    else if (position >= 0 && index >= position)
      out.push(
        finding(
          migration,
          'metadata-dependency-order',
          'error',
          `${migration.name} declares a dependency on ${all[index]!.name}, which runs ${index === position ? 'as itself' : 'after it'}`,
          'a dependency must run first: give this migration a later name, or remove the dependency',
        ),
      );
  }
  if (declared.destructive === false && dataLoss.length > 0) {
    const what = [...new Set(dataLoss.map((f) => f.message))].join('; ');
    out.push(
      finding(
        migration,
        'metadata-destructive',
        'error',
        `${migration.name} declares destructive: false, and it drops or truncates data: ${what}`,
        'declare destructive: true (the report, the pull request comment and the destructive output then say so), or keep the data',
      ),
    );
  }
  return out;
}

/** The names a dependency may use: the ledger id, the file name with and without its ending. */
function namesOf(migration: Migration): string[] {
  const base = migration.file.split('/').pop() ?? migration.file;
  return [migration.id, migration.name, base, base.replace(/\.[^.]+$/, '')];
}

/** The findings of the destructive rules among a migration's (silenced ones included). */
export function dataLossOf(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => DESTRUCTIVE_RULES.has(f.rule));
}

/**
 * `estimatedDuration` against what was measured: the up on the scratch database and, with
 * `stats-database-url`, the rewrite time estimated from the real tables' sizes. Longer than
 * declared is a warning.
 */
export function durationFindings(migration: Migration, entry: MigrationReport): Finding[] {
  const declared = migration.declared?.estimatedDuration;
  if (!declared || declared.ms === undefined || entry.status === 'skipped') return [];
  const estimate = Math.max(0, ...(entry.tableStats ?? []).map((s) => s.rewriteEstimateMs));
  const longest = Math.max(entry.durationMs, estimate);
  if (longest <= declared.ms) return [];
  const measured =
    estimate >= entry.durationMs
      ? `its rewrite is estimated at ${formatDuration(estimate)} from the stats database's table sizes`
      : `it took ${formatDuration(entry.durationMs)} on the scratch database`;
  return [
    finding(
      migration,
      'metadata-duration',
      'warning',
      `${migration.name} declares estimatedDuration: '${declared.text}', and ${measured}`,
      'plan the deploy for the longer time (or make the migration cheaper), and update estimatedDuration',
    ),
  ];
}
