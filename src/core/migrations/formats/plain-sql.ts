import { DbDeployError } from '../../errors.js';
import { loadParser, parseSql } from '../../sql/index.js';
import type {
  Direction,
  FormatConfig,
  FormatName,
  FormatRequest,
  Ledger,
  Migration,
  MigrationBody,
  MigrationFormat,
  SqlSection,
} from '../engine/types.js';

/** What a plain-SQL format says about itself; the rest of MigrationFormat is the same for all. */
export interface PlainSqlFormat {
  name: FormatName;
  configure(request: FormatRequest): Promise<FormatConfig>;
  list(config: FormatConfig, baseDir: string): Promise<Migration[]>;
  isMigrationPath(path: string): boolean;
  readOne(path: string, baseDir: string): Promise<Migration>;
  ledger(config: FormatConfig, migrations: readonly Migration[]): Ledger;
}

/**
 * How a direction of a SQL migration runs: its section, in a transaction unless the tool's
 * file says otherwise (the down may say so on its own, as dbmate's options do).
 */
export function sqlBody(migration: Migration, direction: Direction): MigrationBody | undefined {
  const sql = migration.sql;
  const section = sql?.[direction];
  if (!sql || !section) return undefined;
  const none =
    direction === 'down' ? (sql.downNoTransaction ?? sql.noTransaction) : sql.noTransaction;
  return { kind: 'sql', section, transaction: none ? 'none' : 'auto' };
}

/** A format whose migrations are SQL files only: nothing to load, nothing built by code. */
export function plainSqlFormat(format: PlainSqlFormat): MigrationFormat {
  return {
    ...format,
    prepare: () => Promise.resolve(),
    body: sqlBody,
    renderCode: (migration) =>
      Promise.resolve({ ok: false, reason: `${migration.name} is SQL, not code` }),
  };
}

const TRANSACTION_WORDS = /\b(?:begin|start|commit|end|rollback|abort)\b/i;

/**
 * A section as db-deploy runs it when its file manages its own transaction. Tools that send a
 * file to PostgreSQL as it is (golang-migrate, Prisma) leave transactions to the file, so files
 * often hold `BEGIN; … COMMIT;` around their statements. db-deploy runs each migration in a
 * transaction of its own (with the ledger row inside it), where a nested COMMIT would commit
 * early: the file's own BEGIN and COMMIT are blanked out (spaces, so that positions in the file
 * stay right) and db-deploy's transaction takes their place. Any other transaction control (a
 * COMMIT in the middle, a ROLLBACK, SAVEPOINTs are fine) is refused: db-deploy could not
 * promise the same outcome.
 */
export async function withoutOwnTransaction(
  section: SqlSection,
  file: string,
): Promise<SqlSection> {
  if (!TRANSACTION_WORDS.test(section.sql)) return section;
  await loadParser();
  const parsed = parseSql(section.sql);
  if (!parsed.ok) return section;
  const control = parsed.statements.filter(
    (s) =>
      s.type === 'TransactionStmt' &&
      !/SAVEPOINT|RELEASE/.test(String((s.node as { kind?: string }).kind ?? '')),
  );
  if (control.length === 0) return section;
  const kind = (i: number) => String((control[i]?.node as { kind?: string }).kind ?? '');
  const [first, last] = [parsed.statements[0], parsed.statements.at(-1)];
  const wraps =
    control.length === 2 &&
    control[0] === first &&
    control[1] === last &&
    /BEGIN|START/.test(kind(0)) &&
    /COMMIT/.test(kind(1));
  if (!wraps) {
    throw new DbDeployError(
      'own-transaction-control',
      `migration file ${file} controls transactions itself (${control.map((s) => s.text.split(/\s+/)[0]?.toUpperCase()).join(', ')}) in a way db-deploy cannot keep`,
      {
        where: file,
        hint: 'db-deploy runs each migration in its own transaction: keep at most one BEGIN … COMMIT around the whole file, or none',
      },
    );
  }
  let sql = section.sql;
  for (const s of control)
    sql = sql.slice(0, s.start) + ' '.repeat(s.end - s.start) + sql.slice(s.end);
  return { ...section, sql };
}
