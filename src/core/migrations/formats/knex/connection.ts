import type { SentStatement } from '../../engine/types.js';
import type { KnexClient, KnexInstance, KnexLibrary } from './library.js';

/**
 * A knex instance bound to one connection of db-deploy's. knex's PostgreSQL dialect sends every
 * query through `connection.query(config, callback)` (dialects/postgres `_query`); the
 * connection given here forwards it to `send` — db-deploy's own client inside the migration's
 * transaction, a client that retries each statement on its own, or a recorder — so every query a
 * knex migration runs goes through the engine's guarantees. No pool and no driver of knex's own
 * are made (knex makes them only when given connection settings).
 */

/** A result as knex's PostgreSQL dialect reads it (pg's `Result`). */
export interface QueryResult {
  command?: string;
  rows: unknown[];
  rowCount: number | null;
  fields?: unknown[];
}

/** Where the statements go. */
export type Send = (text: string, values: readonly unknown[]) => Promise<QueryResult>;

export interface BindOptions {
  /**
   * The engine holds the migration's transaction: knex's outermost `BEGIN;`, `COMMIT;` and
   * `ROLLBACK` (of the transaction the migration runs in) are answered here, not sent; nested
   * transactions still send their SAVEPOINTs.
   */
  engineTransaction: boolean;
  /** The migration file, to find the line of the call that built each statement. */
  path: string;
  /** The knexfile's settings that change the SQL knex builds (`wrapIdentifier`…). */
  knexOptions: Record<string, unknown>;
}

/** A bound instance and what it sent. */
export interface BoundKnex {
  knex: KnexInstance;
  /** Every statement sent, in order (knex's transaction control answered here is not one). */
  sent: SentStatement[];
  /** The statement with its bind parameters written in, as knex's `toQuery()` shows it. */
  inline(statement: string, values: readonly unknown[]): string;
}

interface PgQueryConfig {
  text: string;
  values?: unknown[];
}

type Callback = (error: Error | null, result?: QueryResult) => void;

/** The connection object knex is given. */
class Connection {
  /** The stack saved when the builder being run was created (knex's asyncStackTraces). */
  pendingStack: Error | undefined;
  private transactionOpen = false;

  constructor(
    private readonly send: Send,
    private readonly options: BindOptions,
    private readonly sent: SentStatement[],
  ) {}

  query(config: PgQueryConfig | string, callback: Callback): void {
    const text = typeof config === 'string' ? config : config.text;
    const values = typeof config === 'string' ? [] : (config.values ?? []);
    const line = lineIn(this.pendingStack, this.options.path);
    this.pendingStack = undefined;
    const answered = this.answerOwnControl(text);
    if (answered) {
      callback(null, answered);
      return;
    }
    this.sent.push(line === undefined ? { sql: text } : { sql: text, line });
    this.send(text, values).then(
      (result) => callback(null, result),
      (error: Error) => callback(error),
    );
  }

  /** knex's outermost transaction control, when the engine holds the transaction. */
  private answerOwnControl(text: string): QueryResult | undefined {
    if (!this.options.engineTransaction) return undefined;
    const statement = text.trim().toUpperCase();
    if (!this.transactionOpen && /^BEGIN(?: TRANSACTION[^;]*)?;$/.test(statement)) {
      this.transactionOpen = true;
      return { command: 'BEGIN', rows: [], rowCount: null };
    }
    if (this.transactionOpen && (statement === 'COMMIT;' || statement === 'ROLLBACK')) {
      this.transactionOpen = false;
      return { command: statement.replace(';', ''), rows: [], rowCount: null };
    }
    return undefined;
  }
}

/** The 1-based line of the migration file in a saved stack, if it shows one. */
function lineIn(stack: Error | undefined, path: string): number | undefined {
  if (!stack?.stack) return undefined;
  for (const frame of stack.stack.split('\n')) {
    const at = frame.lastIndexOf(path);
    if (at < 0) continue;
    const line = /^:(\d+)(?::\d+)?/.exec(frame.slice(at + path.length))?.[1];
    if (line) return Number(line);
  }
  return undefined;
}

/**
 * A knex instance of `library` whose queries go to `send`. Its dialect client is subclassed
 * per instance: the connection is always this one (a transaction's client inherits it), and each
 * runner notes the stack its builder saved, so each statement is attributed to its line.
 */
export function bindKnex(library: KnexLibrary, send: Send, options: BindOptions): BoundKnex {
  const sent: SentStatement[] = [];
  const connection = new Connection(send, options, sent);
  const probe = library.factory({ client: 'pg' });
  const Dialect = probe.client.constructor;
  class Bound extends (Dialect as new (config: Record<string, unknown>) => KnexClient) {
    async acquireConnection(): Promise<Connection> {
      return connection;
    }
    async releaseConnection(): Promise<void> {}
    override runner(builder: unknown) {
      const runner = super.runner(builder);
      const query = runner.query.bind(runner);
      runner.query = (obj: unknown) => {
        connection.pendingStack = (builder as { _asyncStack?: { error: Error } })._asyncStack
          ?.error;
        return query(obj);
      };
      return runner;
    }
  }
  const knex = library.factory({
    ...options.knexOptions,
    client: Bound,
    // Builders save the stack they were made in: the line of the migration that built each statement.
    asyncStackTraces: true,
  });
  const inline = (statement: string, values: readonly unknown[]) =>
    values.length === 0
      ? statement
      : statement.replace(/\$(\d+)/g, (match, n: string) => {
          const index = Number(n) - 1;
          return index < values.length ? knex.client._escapeBinding(values[index]) : match;
        });
  return { knex, sent, inline };
}
