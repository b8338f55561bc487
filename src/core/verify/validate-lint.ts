// validate's lint passes: every migration without a database first, then again with the SQL the
// code-built migrations really sent on the scratch database; findings land on each migration's entry.
import {
  collectKnownNames,
  lintMigration,
  sortFindings,
  type DeployStrategy,
  type Finding,
  type TableKey,
} from '../lint/index.js';
import type { Migration, MigrationSet, SentStatement } from '../migrations/index.js';
import type { MigrationReport, ValidateReport } from './types.js';
import { dataLossOf, declarationFindings } from './metadata.js';
import type { MovedColumn } from './compare.js';

/** Lints `toLint` without a database; the new ones get their metadata block checked and their entry filled. */
export async function lintAll(
  set: MigrationSet,
  report: ValidateReport,
  files: readonly Migration[],
  toLint: readonly Migration[],
  fresh: readonly Migration[],
  strategy: DeployStrategy,
) {
  // The new migrations are one deploy: a table one of them creates is new for the next ones.
  const createdInDeploy = new Set<TableKey>();
  // Long names the schema already holds (the baseline's), and those the new migrations add.
  const knownNames = await collectKnownNames(files.filter((f) => !fresh.includes(f)));
  for (const file of toLint) {
    const suppressed: Finding[] = [];
    const findings = await lintMigration(file, {
      format: set.format,
      all: set.migrations,
      pgVersion: report.pgVersion,
      strategy,
      createdInDeploy: fresh.includes(file) ? createdInDeploy : undefined,
      knownNames: fresh.includes(file) ? knownNames : undefined,
      onSuppressed: (f) => suppressed.push(f),
    });
    const entry = report.migrations.find((m) => m.name === file.name);
    // The metadata block is checked for the new migrations (their modules are loaded by now).
    if (entry)
      findings.push(
        ...declarationFindings(file, set.migrations, dataLossOf([...findings, ...suppressed])),
      );
    report.findings.push(...findings);
    if (entry) {
      entry.findings = sortFindings(findings);
      // Data loss counts even when a reviewer silenced the finding: it still needs a backup.
      entry.destructive = dataLossOf([...findings, ...suppressed]).length > 0;
      declare(entry, file);
    }
  }
  report.findings = sortFindings(report.findings);
}

/** What a migration declares about itself, on its report entry: `destructive: true` counts as destructive. */
function declare(entry: MigrationReport, file: Migration): void {
  const declared = file.declared;
  if (!declared) return;
  entry.declared = {
    ...(declared.destructive !== undefined ? { destructive: declared.destructive } : {}),
    ...(declared.estimatedDuration ? { estimatedDuration: declared.estimatedDuration.text } : {}),
    ...(declared.dependencies ? { dependencies: [...declared.dependencies] } : {}),
  };
  if (declared.destructive === true) entry.destructive = true;
}

/** Adds findings to a migration's entry and to the report. */
export function addFindings(
  report: ValidateReport,
  entry: MigrationReport,
  findings: Finding[],
): void {
  if (findings.length === 0) return;
  entry.findings = sortFindings([...entry.findings, ...findings]);
  report.findings = sortFindings([...report.findings, ...findings]);
}

/**
 * Lints again, with the SQL their code actually sent on the scratch database, the migrations whose
 * code runs its own queries (knex): what the linter saw without a database was a recording's
 * guess. Their findings (and the destructive verdict) are replaced.
 */
export async function lintWhatRan(
  set: MigrationSet,
  report: ValidateReport,
  fresh: readonly Migration[],
  sent: ReadonlyMap<string, readonly SentStatement[]>,
  strategy: DeployStrategy,
): Promise<void> {
  const createdInDeploy = new Set<TableKey>();
  for (const [index, file] of fresh.entries()) {
    const statements = sent.get(file.name);
    const entry = report.migrations[index]!;
    if (!statements) continue;
    const suppressed: Finding[] = [];
    const findings = await lintMigration(file, {
      format: set.format,
      all: set.migrations,
      pgVersion: report.pgVersion,
      strategy,
      createdInDeploy,
      onSuppressed: (f) => suppressed.push(f),
      sent: statements,
    });
    const loss = dataLossOf([...findings, ...suppressed]);
    findings.push(...declarationFindings(file, set.migrations, loss));
    const old = new Set(entry.findings);
    report.findings = sortFindings([...report.findings.filter((f) => !old.has(f)), ...findings]);
    entry.findings = sortFindings(findings);
    entry.destructive = loss.length > 0;
    declare(entry, file);
  }
}

/** The notice for columns a down migration restores at another position (nothing else differs). */
export function columnOrderNotice(file: string, moved: readonly MovedColumn[]): Finding {
  const columns = moved
    .map(
      (m) => `${m.table}.${m.column} (column ${m.before} before the up, ${m.after} after the down)`,
    )
    .join(', ');
  return {
    file,
    line: 1,
    column: 1,
    endLine: 1,
    rule: 'column-order-changed',
    severity: 'notice',
    message: `its down restores ${columns} at a different position; the schema is otherwise identical`,
    hint: 'PostgreSQL adds columns at the end of the table, so a down cannot put one back in the middle; only SELECT * and INSERT without a column list see the order',
  };
}
