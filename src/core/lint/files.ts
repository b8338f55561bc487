import { stat } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { DbDeployError, oneLine } from '../errors.js';
import { loadParser, parseSql } from '../sql/parse.js';
import { isMigrationFile } from '../migrations/files.js';
import { readMigrationFile, readMigrationFiles, loadModuleActions } from '../migrations/load.js';
import type { MigrationFile } from '../migrations/load.js';
import { lintSql, rememberNames } from './engine.js';
import { mayHoldLongName, type KnownNames } from './names.js';
import { RULE_IDS } from './registry.js';
import { moduleSuppressions, suppressionNotices } from './suppress.js';
import type { DeployStrategy, Finding, Rule, TableKey } from './types.js';
import { severityRank } from './types.js';

export interface LintOptions {
  /** PostgreSQL major the migrations will run on. */
  pgVersion: number;
  /** How the migrations are deployed. Default: `in-place`. */
  strategy?: DeployStrategy;
  /**
   * Tables created by the earlier migrations of the same deploy; this migration's are added.
   * Pass one set to each new migration, in order (see `LintContext.createdInDeploy`).
   */
  createdInDeploy?: Set<TableKey>;
  /**
   * Long names (63 bytes and more) known before this migration; its own are added. Pass one map to
   * each new migration of a deploy, in order, filled first by `collectKnownNames` (see
   * `LintContext.knownNames`).
   */
  knownNames?: KnownNames;
  /** Rules to apply. Default: every rule that is not opt-in. */
  rules?: readonly Rule[];
  /** Receives findings silenced by `db-deploy-ignore` (counted for data loss, not reported). */
  onSuppressed?: (finding: Finding) => void;
}

/**
 * Lints one migration: a `.sql` file by its up section (the whole file when it has no
 * `-- Up Migration` marker); a JS/TS migration through the SQL node-pg-migrate generates for
 * its `up` (built without a database), reported at the line of its `up` function.
 */
export async function lintMigration(file: MigrationFile, options: LintOptions): Promise<Finding[]> {
  await loadParser();
  if (file.kind === 'sql' && file.sql) {
    const section = file.sql.up;
    return lintSql(section.sql, {
      file: file.file,
      pgVersion: options.pgVersion,
      strategy: options.strategy,
      createdInDeploy: options.createdInDeploy,
      knownNames: options.knownNames,
      rules: options.rules,
      offset: section.offset,
      fileText: file.content,
      // A `-- db-deploy:no-transaction` file runs statement by statement.
      transactional: file.sql.forceNoTransaction ? false : undefined,
      onSuppressed: options.onSuppressed,
    });
  }
  const line = upFunctionLine(file.content);
  let generated;
  try {
    const actions = await loadModuleActions(file);
    const prepared = new Map([[file.path, { file, actions, modes: {}, statementRetries: 0 }]]);
    // Loaded only for JS/TS migrations: it brings node-pg-migrate, which a linter run over SQL
    // files does without (it costs the start-up of every run; see BENCHMARKS.md, bench:lint).
    const { renderDryRun } = await import('../migrations/dry-run.js');
    generated = (await renderDryRun([file], prepared, 'up'))[0];
  } catch (error) {
    const message = error instanceof DbDeployError ? error.message : (error as Error).message;
    return [
      syntheticFinding(
        file,
        line,
        'migration-load-failed',
        'error',
        message,
        'fix the migration module so that it loads',
      ),
    ];
  }
  if (!generated || generated.sql.startsWith('-- cannot be shown')) {
    return [
      syntheticFinding(
        file,
        line,
        'not-analysable',
        'notice',
        `the SQL of ${file.name} cannot be built without a database (${generated?.sql.replace(/^-- cannot be shown: /, '') ?? 'no up function'}), so it was not linted`,
        'keep data-dependent logic out of schema migrations, or lint it by applying it in validate',
      ),
    ];
  }
  const suppressions = moduleSuppressions(file.content);
  return [
    ...suppressions.flatMap((s) => suppressionNotices(file.file, s, RULE_IDS)),
    ...lintSql(generated.sql, {
      file: file.file,
      pgVersion: options.pgVersion,
      strategy: options.strategy,
      createdInDeploy: options.createdInDeploy,
      knownNames: options.knownNames,
      rules: options.rules,
      fixedLine: line,
      transactional: generated.transactional,
      ignoredRules: suppressions.flatMap((s) => s.rules),
      onSuppressed: options.onSuppressed,
    }),
  ];
}

/**
 * Lints migrations, in order, and returns every finding. A table an earlier file creates counts
 * as new only with `options.createdInDeploy` (the files may be the whole history).
 */
export async function lintMigrations(
  files: readonly MigrationFile[],
  options: LintOptions,
): Promise<Finding[]> {
  const findings: Finding[] = [];
  for (const file of files) findings.push(...(await lintMigration(file, options)));
  return findings;
}

/**
 * The long names (63 bytes and more) that `.sql` migrations give to objects: the schema they leave
 * behind holds them cut to 63 bytes, and a new migration's name that is cut to the same clashes.
 * Only files with a run of name characters that long are parsed. JS/TS migrations are left out:
 * their SQL is built by running them (lint them with the rest to include them).
 */
export async function collectKnownNames(files: readonly MigrationFile[]): Promise<KnownNames> {
  const known: KnownNames = new Map();
  await loadParser();
  for (const file of files) {
    const sql = file.kind === 'sql' ? file.sql?.up.sql : undefined;
    if (!sql || !mayHoldLongName(sql)) continue;
    const parsed = parseSql(sql);
    if (parsed.ok) rememberNames(parsed.statements, known, file.file);
  }
  return known;
}

/**
 * The migration files named on a command line: files as given, directories expanded to their
 * migration files in application order.
 */
export async function collectMigrationFiles(
  paths: readonly string[],
  baseDir: string,
): Promise<MigrationFile[]> {
  const files: MigrationFile[] = [];
  for (const given of paths) {
    const path = resolve(baseDir, given);
    const info = await stat(path).catch(() => undefined);
    if (!info) {
      throw new DbDeployError('path-missing', `"${given}" does not exist`, {
        hint: 'name migration files or directories that exist (relative to the current directory)',
      });
    }
    if (info.isDirectory()) {
      files.push(...(await readMigrationFiles(path, baseDir)));
    } else if (isMigrationFile(relative(resolve(path, '..'), path))) {
      files.push(await readMigrationFile(path, baseDir));
    } else {
      throw new DbDeployError('not-a-migration', `"${given}" is not a migration file`, {
        hint: 'migration files end in .sql, .js, .cjs, .mjs, .ts, .cts or .mts',
      });
    }
  }
  return files;
}

/** The collation `localeCompare` uses, made once (localeCompare makes one per call). */
const byLocale = new Intl.Collator();

/** Highest severity first, then file and line. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      severityRank(b.severity) - severityRank(a.severity) ||
      byLocale.compare(a.file, b.file) ||
      a.line - b.line ||
      a.column - b.column,
  );
}

/** 1-based line of a JS/TS migration's `up` function (1 when it cannot be found). */
function upFunctionLine(content: string): number {
  const lines = content.split('\n');
  const index = lines.findIndex((l) =>
    /\b(?:exports\.up|export\s+(?:async\s+)?function\s+up|export\s+const\s+up|up\s*[:=]\s*(?:async\s*)?\(?)/.test(
      l,
    ),
  );
  return index >= 0 ? index + 1 : 1;
}

function syntheticFinding(
  file: MigrationFile,
  line: number,
  rule: string,
  severity: Finding['severity'],
  message: string,
  hint: string,
): Finding {
  return {
    file: file.file,
    line,
    column: 1,
    endLine: line,
    rule,
    severity,
    message: oneLine(message),
    hint,
  };
}
