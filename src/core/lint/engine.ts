/**
 * The lint engine: parses a migration's SQL, runs the rules on each statement (the SQL embedded in
 * DO blocks and called functions included), applies the suppression comments and turns the rules'
 * hits into findings with file positions.
 */
import {
  byteToChar,
  lastStatementEnd,
  MAX_PARSE_BYTES,
  parseSql,
  type ParsedStatement,
} from '../sql/index.js';
import { createdNames, nameKey, type KnownNames } from './names.js';
import { nonTransactionalReason } from '../migrations/index.js';
import { DEFAULT_RULES, RULE_IDS } from './registry.js';
import { suppressionNotices, suppressionsAbove } from './suppress.js';
import { expandEmbedded } from './embedded.js';
import { CreatedTables } from './created.js';
import { lineLocator, locatorIn } from './positions.js';
import { rulesByType } from './rule-index.js';
import { oneLine } from '../errors.js';
import {
  type DeployStrategy,
  type Finding,
  type LintContext,
  type Rule,
  type TableKey,
} from './types.js';

/** Newest PostgreSQL major the linter knows; the CLI's default `--pg-version`. */
export const NEWEST_PG_VERSION = 18;

/** The most SQL one migration may hold to be linted (see MAX_PARSE_BYTES). */
export const MAX_LINT_BYTES = MAX_PARSE_BYTES;

/** What lintSql lints and how: the file, the target major, the strategy, the deploy so far. */
export interface LintSqlOptions {
  /** File name to report (relative to the workspace). */
  file: string;
  /** PostgreSQL major version the migration will run on. */
  pgVersion: number;
  /** Where `source` starts in the file (character offset), so lines point into the file. Default 0. */
  offset?: number;
  /** The whole file text, when `source` is a part of it (for line numbers). Default: `source`. */
  fileText?: string;
  /**
   * Whether the statements run in one transaction. Default: yes, unless one of them cannot
   * (db-deploy then runs a `.sql` section statement by statement).
   */
  transactional?: boolean;
  /** Report every finding at this line instead (SQL generated from a JS/TS migration). */
  fixedLine?: number;
  /**
   * The file line of a character offset of `source`, for SQL generated statement by statement
   * from a migration's calls (knex: the line of the call that built each statement).
   */
  lineAt?: (charOffset: number) => number;
  /** How the migration is deployed; rules of another strategy are skipped. Default: `in-place`. */
  strategy?: DeployStrategy;
  /**
   * Tables created by earlier migrations of the same deploy (see `LintContext.createdInDeploy`).
   * The tables this SQL creates are added to it: pass one set to each migration of a deploy, in
   * order. Default: none.
   */
  createdInDeploy?: Set<TableKey>;
  /**
   * Names of 63 bytes and more known before this SQL (see `LintContext.knownNames`); the long
   * names this SQL gives are added to it, so one map serves the migrations of a deploy in order.
   */
  knownNames?: KnownNames;
  /** Rules to apply (those of the strategy). Default: every rule that is not opt-in. */
  rules?: readonly Rule[];
  /** Rules silenced for every statement (a JS/TS migration's `// db-deploy-ignore` comments). */
  ignoredRules?: Iterable<string>;
  /** Receives the findings an inline `db-deploy-ignore` silenced (validate still counts data loss). */
  onSuppressed?: (finding: Finding) => void;
}

/**
 * Lints SQL with the real PostgreSQL parser. Never throws on bad SQL: a statement that does not
 * parse becomes a `syntax-error` finding at the parser's position. Call `loadParser()` first.
 */
export function lintSql(source: string, options: LintSqlOptions): Finding[] {
  const offset = options.offset ?? 0;
  const fileText = options.fileText ?? source;
  // Suppression comments are looked for only in a file that has one (the usual file has none).
  const mentionsIgnore = /db-deploy-ignore/i.test(fileText);
  const fileLines = mentionsIgnore ? fileText.split('\n') : [];
  const locate = lineLocator(fileText);
  const position = (charOffset: number) => {
    if (options.fixedLine !== undefined) return { line: options.fixedLine, column: 1 };
    if (options.lineAt) return { line: options.lineAt(charOffset), column: 1 };
    return locate(offset + charOffset);
  };
  const bytes = Buffer.byteLength(source, 'utf8');
  if (bytes > MAX_LINT_BYTES) return [tooLarge(options, bytes, position(0))];
  let parsed = parseSql(source);
  let syntaxError: Finding | undefined;
  if (!parsed.ok) {
    const at = position(parsed.offset ?? 0);
    syntaxError = {
      file: options.file,
      line: at.line,
      column: at.column,
      endLine: at.line,
      rule: 'syntax-error',
      severity: 'error',
      message: oneLine(`PostgreSQL cannot parse this: ${parsed.message}`),
      hint: 'fix the SQL; the statements after a syntax error are not checked',
    };
    // The statements before the broken one are still worth checking.
    const cut = lastStatementEnd(source, parsed.offset ?? 0);
    parsed = cut > 0 ? parseSql(source.slice(0, cut)) : { ok: true, statements: [] };
    if (!parsed.ok) return [syntaxError];
  }
  const top = parsed.statements;
  const transactional =
    options.transactional ?? !top.some((s) => nonTransactionalReason(s) !== undefined);
  const strategy = options.strategy ?? 'in-place';
  const byType = rulesByType(options.rules ?? DEFAULT_RULES, strategy);
  const createdInDeploy = options.createdInDeploy ?? new Set<TableKey>();
  const knownNames = options.knownNames ?? new Map();
  const { statements, unread } = expandEmbedded(source, top, (c) => position(c).line);
  const tables = new CreatedTables();
  const findings: Finding[] = [];
  const toChar = byteToChar(source);
  const finding = (
    rule: string,
    severity: Finding['severity'],
    at: { line: number; column: number },
    endLine: number,
    message: string,
    hint: string,
  ): Finding => ({
    file: options.file,
    line: at.line,
    column: at.column,
    endLine: Math.max(endLine, at.line),
    rule,
    severity,
    message,
    hint,
  });
  // The rules each top-level statement's suppressions silence (embedded statements inherit them).
  const containerIgnored: Set<string>[] = [];
  for (const [index, statement] of statements.entries()) {
    const context: LintContext = {
      pgVersion: options.pgVersion,
      statements,
      index,
      createdTables: tables.created,
      filledTables: tables.filled,
      transactional,
      strategy,
      createdInDeploy,
      knownNames,
    };
    const start = position(statement.start);
    const end = position(statement.end);
    const ignored = new Set<string>(options.ignoredRules);
    if (options.fixedLine === undefined && !options.lineAt && mentionsIgnore) {
      for (const suppression of suppressionsAbove(fileLines, start.line)) {
        findings.push(...suppressionNotices(options.file, suppression, RULE_IDS));
        for (const rule of suppression.rules) ignored.add(rule);
      }
    }
    const embedded = statement.embedded;
    if (embedded) for (const rule of containerIgnored[embedded.container] ?? []) ignored.add(rule);
    else containerIgnored.push(ignored);
    const located = embedded ? locatorIn(embedded.text, embedded.toSource) : toChar;
    const rules = byType.get(statement.type) ?? byType.get('*') ?? [];
    for (const rule of rules) {
      for (const hit of rule.check(statement, context)) {
        const at = hit.location === undefined ? start : position(located(hit.location));
        const message = embedded ? `${hit.message} (in ${embedded.via})` : hit.message;
        const found = finding(
          rule.id,
          hit.severity ?? rule.severity,
          at,
          end.line,
          message,
          hit.hint,
        );
        if (!ignored.has(rule.id)) findings.push(found);
        else options.onSuppressed?.(found);
      }
    }
    if (tables.assumed.size > 0) tables.noteAssumptions(statement, context, rules);
    tables.record(statement);
  }
  for (const assumed of tables.assumptions()) {
    const at = position(assumed.statement.start);
    findings.push(
      finding(
        'assumed-new-table',
        'notice',
        at,
        at.line,
        `CREATE TABLE IF NOT EXISTS ${assumed.name}: the statements after it on ${assumed.name} are judged as on a new, empty table; if ${assumed.name} already exists, they are not safe (${[...assumed.rules].join(', ')})`,
        `drop IF NOT EXISTS if ${assumed.name} is new (the migration then fails instead of changing an existing table), or write the later statements as for an existing table`,
      ),
    );
  }
  for (const body of unread) {
    const at = position(body.at);
    findings.push(
      finding(
        body.kind,
        'notice',
        at,
        at.line,
        body.message,
        body.kind === 'dynamic-sql'
          ? 'write DDL as plain statements where it can be, so that it is linted; validate applies the migration to a scratch database and observes its locks and rewrites all the same'
          : 'validate applies the migration to a scratch database and observes its locks and rewrites all the same',
      ),
    );
  }
  // The next migrations of the deploy do not see the IF NOT EXISTS assumption's notice: for them
  // such a table stays one that may have existed.
  for (const created of tables.created)
    if (!tables.assumed.has(created)) createdInDeploy.add(created);
  if (options.knownNames) rememberNames(statements, options.knownNames, options.file);
  if (syntaxError) findings.push(syntaxError);
  return findings;
}

/** Adds the long names the statements give to `known`, for the next migrations of a deploy. */
export function rememberNames(
  statements: readonly ParsedStatement[],
  known: KnownNames,
  where: string,
): void {
  for (const statement of statements)
    for (const name of createdNames(statement)) {
      const key = nameKey(name.namespace, name.stored);
      if (!known.has(key)) known.set(key, { written: name.written, where });
    }
}

/** The finding for SQL over MAX_LINT_BYTES, at its first line. */
function tooLarge(
  options: LintSqlOptions,
  bytes: number,
  at: { line: number; column: number },
): Finding {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return {
    file: options.file,
    line: at.line,
    column: at.column,
    endLine: at.line,
    rule: 'too-large-to-lint',
    severity: 'warning',
    message: `this migration holds ${mb(bytes)} of SQL, more than the ${mb(MAX_LINT_BYTES)} db-deploy lints, so it was not linted`,
    hint: 'split it into smaller migrations (bulk data loads best with COPY from a file outside the migrations); validate still applies it to the scratch database and observes its locks and rewrites',
  };
}
