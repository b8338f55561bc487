type LibPgQuery = typeof import('libpg-query');

/** One top-level statement, as PostgreSQL's own parser split it. */
export interface ParsedStatement {
  /** The statement text, without the terminating semicolon, trimmed of surrounding whitespace. */
  text: string;
  /** Character offsets of `text` in the parsed source. */
  start: number;
  end: number;
  /** The node type (`IndexStmt`, `AlterTableStmt`, …) and its fields, as libpg_query returns them. */
  type: string;
  node: Record<string, unknown>;
  /**
   * Set for a statement found inside another one (a `DO` body, the body of a function the
   * migration calls, a constant `EXECUTE` string): its AST `location`s are byte offsets in `text`,
   * and `toSource` maps a character offset in `text` to one in the linted source.
   */
  embedded?: EmbeddedIn;
}

/** Where an embedded statement comes from (see `ParsedStatement.embedded`). */
export interface EmbeddedIn {
  /** What contains it, for messages: `the DO block at line 3`, `f(), called at line 9`. */
  via: string;
  toSource: (charOffset: number) => number;
  /** The text that was parsed (its `location`s are byte offsets in it). */
  text: string;
  /** Index of the top-level statement it belongs to (its suppressions apply). */
  container: number;
}

export type ParseOutcome =
  | { ok: true; statements: ParsedStatement[] }
  | {
      ok: false;
      message: string;
      /** character offset of the error, when the parser gave one */ offset?: number;
    };

/**
 * The most SQL handed to the parser at once, in bytes. PostgreSQL's parser (WebAssembly, with at
 * most 1 GB of memory of its own) needs about 60 times the SQL while it builds the parse tree:
 * measured on Node 24, 10 MB of INSERTs took 1.9 s and 680 MB, 30 MB 6.4 s and 1.5 GB, and 50 MB
 * ran it out of memory (an abort that also leaves the module unusable). Callers check the size
 * first and say what they do instead (see BENCHMARKS.md, bench:lint).
 */
export const MAX_PARSE_BYTES = 10 * 1024 * 1024;

let loading: Promise<void> | undefined;
let parser: LibPgQuery | undefined;

/**
 * Loads the parser (a WebAssembly build of PostgreSQL's parser) once per process. libpg-query
 * compiles its 1.7 MB WebAssembly module as soon as it is imported, so it is imported here, on
 * first use, not at start-up: a run that parses nothing (a migrate with nothing pending) never
 * pays for it.
 */
export function loadParser(): Promise<void> {
  loading ??= import('libpg-query').then(async (module) => {
    await module.loadModule();
    parser = module;
  });
  return loading;
}

/** The loaded parser; loadParser() must have completed. */
function loaded(): LibPgQuery {
  if (!parser) throw new Error('the SQL parser is not loaded: call loadParser() first');
  return parser;
}

/**
 * Splits and parses SQL with the real PostgreSQL parser. Never throws on bad SQL: a syntax
 * error comes back as `{ ok: false }` with the parser's position. Call `loadParser()` first.
 */
export function parseSql(source: string): ParseOutcome {
  let result: {
    stmts?: Array<{ stmt?: Record<string, unknown>; stmt_location?: number; stmt_len?: number }>;
  };
  if (source.trim() === '') return { ok: true, statements: [] };
  try {
    result = loaded().parseSync(source) as typeof result;
  } catch (error) {
    const details = (error as { sqlDetails?: { cursorPosition?: number } }).sqlDetails;
    const cursor = details?.cursorPosition;
    return {
      ok: false,
      message: (error as Error).message,
      // libpg_query's cursor counts code points; JavaScript strings index UTF-16 units.
      offset: cursor !== undefined && cursor >= 0 ? codePointIndex(source, cursor) : undefined,
    };
  }
  const statements: ParsedStatement[] = [];
  // libpg_query reports byte offsets into the UTF-8 text; JavaScript strings index UTF-16 units.
  // Pure ASCII (the common case) needs no conversion.
  const bytes = isAscii(source) ? undefined : Buffer.from(source, 'utf8');
  const total = bytes ? bytes.length : source.length;
  for (const raw of result.stmts ?? []) {
    const byteStart = raw.stmt_location ?? 0;
    const byteEnd = raw.stmt_len ? byteStart + raw.stmt_len : total;
    const chunk = bytes
      ? bytes.subarray(byteStart, byteEnd).toString('utf8')
      : source.slice(byteStart, byteEnd);
    const leading = leadingTriviaLength(chunk);
    const text = chunk.slice(leading).trimEnd();
    const start = (bytes ? charOffset(bytes, byteStart) : byteStart) + leading;
    const [type, node] = Object.entries(raw.stmt ?? {})[0] ?? ['Unknown', {}];
    statements.push({
      text,
      start,
      end: start + text.length,
      type,
      node: node as Record<string, unknown>,
    });
  }
  return { ok: true, statements };
}

/**
 * The PL/pgSQL statements of a function body, as PostgreSQL's PL/pgSQL compiler reads them
 * (`plpgsql_compile` without a catalog), or the compiler's error message. `body` is the text
 * between the dollar quotes; line 1 of the result is the body's first line.
 */
export function parsePlpgsqlBody(
  body: string,
): { ok: true; function: Record<string, unknown> } | { ok: false; message: string } {
  let tag = '$db_deploy$';
  for (let n = 0; body.includes(tag); n += 1) tag = `$db_deploy_${n}$`;
  try {
    const result = loaded().parsePlPgSQLSync(
      `CREATE FUNCTION db_deploy_body() RETURNS void LANGUAGE plpgsql AS ${tag}${body}${tag}`,
    ) as { plpgsql_funcs?: Array<{ PLpgSQL_function?: Record<string, unknown> }> };
    const fn = result.plpgsql_funcs?.[0]?.PLpgSQL_function;
    return fn ? { ok: true, function: fn } : { ok: false, message: 'no function body' };
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
}

/** Length of the whitespace and comments before a statement's first token. */
function leadingTriviaLength(chunk: string): number {
  TRIVIA.lastIndex = 0;
  TRIVIA.exec(chunk);
  return TRIVIA.lastIndex;
}

/** Whitespace, `--` comments to the end of the line and (unnested) block comments, repeated. */
const TRIVIA = /(?:\s+|--[^\n]*(?:\n|$)|\/\*[\s\S]*?(?:\*\/|$))*/y;

/** Whether a text is plain ASCII (byte offsets then equal character offsets). */
export function isAscii(text: string): boolean {
  // eslint-disable-next-line no-control-regex
  return !/[^\x00-\x7f]/.test(text);
}

/** libpg_query's `location`s are byte offsets in UTF-8; findings need character offsets. */
export function byteToChar(text: string): (byteOffset: number) => number {
  if (isAscii(text)) return (b) => b;
  const bytes = Buffer.from(text, 'utf8');
  return (b) => bytes.subarray(0, b).toString('utf8').length;
}

function charOffset(bytes: Buffer, byteOffset: number): number {
  return bytes.subarray(0, byteOffset).toString('utf8').length;
}

/** 1-based line and column of a character offset. */
export function lineColumn(source: string, offset: number): { line: number; column: number } {
  const before = source.slice(0, Math.max(0, offset));
  const lines = before.split('\n');
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
}

/** The UTF-16 index of the `count`-th code point (differs only after characters beyond the BMP, e.g. emoji). */
function codePointIndex(source: string, count: number): number {
  if (!/[\ud800-\udfff]/.test(source)) return count;
  let index = 0;
  for (let n = 0; n < count && index < source.length; n += 1)
    index += (source.codePointAt(index) as number) > 0xffff ? 2 : 1;
  return index;
}

/** PostgreSQL's scanner tokens of a text (`IDENT`, `SCONST`, keywords…); empty when it cannot scan. */
export function scanTokens(
  source: string,
): Array<{ start: number; end: number; text: string; tokenName: string }> {
  try {
    return loaded().scanSync(source).tokens as Array<{
      start: number;
      end: number;
      text: string;
      tokenName: string;
    }>;
  } catch {
    return [];
  }
}

/**
 * Character offset just after the last statement-ending `;` before `offset`, found with
 * PostgreSQL's own scanner (a `;` inside a string literal or a comment does not count), or 0.
 */
export function lastStatementEnd(source: string, offset: number): number {
  const tokens = scanTokens(source);
  const bytes = Buffer.from(source, 'utf8');
  const limit = Buffer.byteLength(source.slice(0, offset), 'utf8');
  let end = 0;
  for (const token of tokens) {
    if (token.start >= limit) break;
    if (token.text === ';') end = token.end;
  }
  return bytes.subarray(0, end).toString('utf8').length;
}
