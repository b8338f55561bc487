import { stat } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { DbDeployError, oneLine } from '../errors.js';
import { loadParser, parseSql } from '../sql/index.js';
import {
  chooseFormat,
  openMigrationSet,
  renderMigration,
  type FormatChoice,
  type Migration,
  type MigrationFormat,
  type RenderedMigration,
  joinSteps,
  type SentStatement,
} from '../migrations/index.js';
import { lintSql, rememberNames } from './engine.js';
import { mayHoldLongName, type KnownNames } from './names.js';
import { RULE_IDS } from './registry.js';
import { moduleSuppressions, suppressionNotices } from './suppress.js';
import type { DeployStrategy, Finding, Rule, TableKey } from './types.js';
import { severityRank } from './types.js';

export interface LintOptions {
  /** The migrations' format: builds a migration's SQL from its code. */
  format: MigrationFormat;
  /** The whole set the migration belongs to, in order (a tool may share state between files). */
  all?: readonly Migration[];
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
  /**
   * The statements the migration's code actually sent when it ran (validate, on its scratch
   * database): linted instead of the SQL built without a database.
   */
  sent?: readonly SentStatement[];
}

/**
 * Lints one migration: a SQL migration by its up section, at the lines of its file; a migration
 * written as code through the SQL its tool's API object builds for its `up` (without a
 * database), reported at the line of its `up` function. A migration whose SQL cannot be built
 * without a database is an error finding: it was not analysed, so it cannot pass.
 */
export async function lintMigration(file: Migration, options: LintOptions): Promise<Finding[]> {
  await loadParser();
  if (file.sql) {
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
      transactional: file.sql.noTransaction ? false : undefined,
      onSuppressed: options.onSuppressed,
    });
  }
  const line = upFunctionLine(file.content);
  let generated: RenderedMigration;
  try {
    const all = options.all?.includes(file) ? options.all : [file];
    await options.format.prepare([file], all);
    // What ran on the scratch database, when it ran there; else what a recording database makes of it.
    generated = options.sent
      ? ranStatements(options.format, file, options.sent)
      : await renderMigration(options.format, file, 'up');
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
  const suppressions = moduleSuppressions(file.content);
  if (!generated.ok) {
    const finding = syntheticFinding(
      file,
      line,
      'not-analysable',
      'error',
      `the SQL of ${file.name} cannot be built without a database (${generated.reason}), so it was not linted`,
      'keep data-dependent logic out of schema migrations (a separate data migration or script), or, once validate has applied it on a scratch database, silence it with // db-deploy-ignore not-analysable: <reason>',
    );
    const silenced = suppressions.some((s) => s.rules.includes(finding.rule));
    if (silenced) options.onSuppressed?.(finding);
    const known = new Set([...RULE_IDS, finding.rule]);
    return [
      ...suppressions.flatMap((s) => suppressionNotices(file.file, s, known)),
      ...(silenced ? [] : [finding]),
    ];
  }
  const assumed = generated.assumptions?.length
    ? [
        syntheticFinding(
          file,
          line,
          'built-without-data',
          'notice',
          `the SQL of ${file.name} was built without a database: ${generated.assumptions.join('; ')}`,
          'validate runs it on a scratch database and lints the SQL it actually sends there',
        ),
      ]
    : [];
  const lineAt = generated.statements?.some((s) => s.line !== undefined)
    ? statementLines(generated.statements, line)
    : undefined;
  return [
    ...suppressions.flatMap((s) => suppressionNotices(file.file, s, RULE_IDS)),
    ...assumed,
    ...lintSql(generated.sql, {
      file: file.file,
      pgVersion: options.pgVersion,
      strategy: options.strategy,
      createdInDeploy: options.createdInDeploy,
      ...(lineAt ? { lineAt } : { fixedLine: line }),
      knownNames: options.knownNames,
      rules: options.rules,
      transactional: generated.transactional,
      ignoredRules: suppressions.flatMap((s) => s.rules),
      onSuppressed: options.onSuppressed,
    }),
  ];
}

/** The statements a prepared migration's up sent when it ran, as a rendering of it. */
function ranStatements(
  format: MigrationFormat,
  file: Migration,
  sent: readonly SentStatement[],
): RenderedMigration {
  const body = format.body(file, 'up');
  const transactional = body?.kind !== 'code' || body.transaction !== 'none';
  return {
    ok: true,
    sql: joinSteps(sent.map((s) => s.sql)),
    statements: sent,
    transactional,
    reasons: transactional || body?.kind !== 'code' ? [] : [body.reason ?? 'its configuration'],
  };
}

/**
 * The file line of an offset of `joinSteps(statements)`: the line of the call that built the
 * statement it falls in, else `fallback` (the `up` function's line).
 */
function statementLines(
  statements: readonly SentStatement[],
  fallback: number,
): (offset: number) => number {
  const ends: { end: number; line: number }[] = [];
  let at = 0;
  for (const statement of statements) {
    at += joinSteps([statement.sql]).length + 1;
    ends.push({ end: at, line: statement.line ?? fallback });
  }
  return (offset) => ends.find((e) => offset < e.end)?.line ?? fallback;
}

/**
 * Lints migrations, in order, and returns every finding. A table an earlier file creates counts
 * as new only with `options.createdInDeploy` (the files may be the whole history).
 */
export async function lintMigrations(
  files: readonly Migration[],
  options: LintOptions,
): Promise<Finding[]> {
  const findings: Finding[] = [];
  for (const file of files)
    findings.push(...(await lintMigration(file, { all: files, ...options })));
  return findings;
}

/**
 * The long names (63 bytes and more) that `.sql` migrations give to objects: the schema they leave
 * behind holds them cut to 63 bytes, and a new migration's name that is cut to the same clashes.
 * Only files with a run of name characters that long are parsed. JS/TS migrations are left out:
 * their SQL is built by running them (lint them with the rest to include them).
 */
export async function collectKnownNames(files: readonly Migration[]): Promise<KnownNames> {
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
 * The migrations named on a command line, read through their format: files as given,
 * directories expanded to their migrations in application order; none named: the detected
 * tool's migrations directory.
 */
export async function collectMigrationFiles(
  paths: readonly string[],
  baseDir: string,
  choice: FormatChoice = 'auto',
): Promise<{ format: MigrationFormat; migrations: Migration[] }> {
  if (paths.length === 0) return openMigrationSet({ format: choice, baseDir });
  const migrations: Migration[] = [];
  let format: MigrationFormat | undefined;
  for (const given of paths) {
    const path = resolve(baseDir, given);
    const info = await stat(path).catch(() => undefined);
    if (!info) {
      throw new DbDeployError('path-missing', `"${given}" does not exist`, {
        hint: 'name migration files or directories that exist (relative to the current directory)',
      });
    }
    if (info.isDirectory()) {
      const set = await openMigrationSet({ format: choice, migrationsDir: path, baseDir });
      format ??= set.format;
      migrations.push(...set.migrations);
      continue;
    }
    format ??= await chooseFormat(choice, { baseDir, migrationsDir: dirname(path) });
    if (!format.isMigrationPath(relative(baseDir, path))) {
      throw new DbDeployError('not-a-migration', `"${given}" is not a migration file`, {
        hint: `name a ${format.name} migration file, or set --migration-format to its tool`,
      });
    }
    migrations.push(await format.readOne(path, baseDir));
  }
  format ??= await chooseFormat(choice, { baseDir });
  return { format, migrations };
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

/** A finding about a migration as a whole, at one line of its file (not from parsing its SQL). */
export function syntheticFinding(
  file: Migration,
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
