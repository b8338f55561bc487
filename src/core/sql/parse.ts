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
}

export type ParseOutcome =
  | { ok: true; statements: ParsedStatement[] }
  | {
      ok: false;
      message: string;
      /** character offset of the error, when the parser gave one */ offset?: number;
    };

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
  // eslint-disable-next-line no-control-regex
  const ascii = !/[^\x00-\x7f]/.test(source);
  const bytes = ascii ? undefined : Buffer.from(source, 'utf8');
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

/** Length of the whitespace and comments before a statement's first token. */
function leadingTriviaLength(chunk: string): number {
  let i = 0;
  for (;;) {
    while (i < chunk.length && /\s/.test(chunk[i] as string)) i += 1;
    if (chunk.startsWith('--', i)) {
      const newline = chunk.indexOf('\n', i);
      i = newline < 0 ? chunk.length : newline + 1;
    } else if (chunk.startsWith('/*', i)) {
      const close = chunk.indexOf('*/', i + 2);
      i = close < 0 ? chunk.length : close + 2;
    } else {
      return i;
    }
  }
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

/**
 * Character offset just after the last statement-ending `;` before `offset`, found with
 * PostgreSQL's own scanner (a `;` inside a string literal or a comment does not count), or 0.
 */
export function lastStatementEnd(source: string, offset: number): number {
  let tokens: Array<{ start: number; end: number; text: string }>;
  try {
    tokens = loaded().scanSync(source).tokens;
  } catch {
    return 0;
  }
  const bytes = Buffer.from(source, 'utf8');
  const limit = Buffer.byteLength(source.slice(0, offset), 'utf8');
  let end = 0;
  for (const token of tokens) {
    if (token.start >= limit) break;
    if (token.text === ';') end = token.end;
  }
  return bytes.subarray(0, end).toString('utf8').length;
}

/**
 * `source` without the first token that is the keyword `keyword` (case-insensitive), found with
 * PostgreSQL's own scanner so that a word inside a string literal, a quoted identifier or a
 * comment never matches; undefined when there is none. Call `loadParser()` first.
 */
export function withoutKeyword(source: string, keyword: string): string | undefined {
  let tokens: Array<{ start: number; end: number; text: string; keywordKind?: number }>;
  try {
    tokens = loaded().scanSync(source).tokens;
  } catch {
    return undefined;
  }
  const wanted = keyword.toUpperCase();
  const token = tokens.find((t) => (t.keywordKind ?? 0) > 0 && t.text.toUpperCase() === wanted);
  if (!token) return undefined;
  const bytes = Buffer.from(source, 'utf8');
  const before = bytes.subarray(0, token.start).toString('utf8');
  const after = bytes.subarray(token.end).toString('utf8');
  return `${before.trimEnd()} ${after.trimStart()}`.trim();
}
