import { loadModule, parseSync } from 'libpg-query';

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

/** Loads the parser (a WebAssembly build of PostgreSQL's parser) once per process. */
export function loadParser(): Promise<void> {
  loading ??= loadModule();
  return loading;
}

/**
 * Splits and parses SQL with the real PostgreSQL parser. Never throws on bad SQL: a syntax
 * error comes back as `{ ok: false }` with the parser's position. Call `loadParser()` first.
 */
export function parseSql(source: string): ParseOutcome {
  let result: {
    stmts?: Array<{ stmt?: Record<string, unknown>; stmt_location?: number; stmt_len?: number }>;
  };
  const bytes = Buffer.from(source, 'utf8');
  if (source.trim() === '') return { ok: true, statements: [] };
  try {
    result = parseSync(source) as typeof result;
  } catch (error) {
    const details = (error as { sqlDetails?: { cursorPosition?: number } }).sqlDetails;
    const cursor = details?.cursorPosition;
    return {
      ok: false,
      message: (error as Error).message,
      // libpg_query's cursor is already a 0-based character position.
      offset: cursor !== undefined && cursor >= 0 ? cursor : undefined,
    };
  }
  const statements: ParsedStatement[] = [];
  for (const raw of result.stmts ?? []) {
    // libpg_query reports byte offsets into the UTF-8 text; JavaScript strings index UTF-16 units.
    const byteStart = raw.stmt_location ?? 0;
    const byteEnd = raw.stmt_len ? byteStart + raw.stmt_len : bytes.length;
    const chunk = bytes.subarray(byteStart, byteEnd).toString('utf8');
    const leading = leadingTriviaLength(chunk);
    const text = chunk.slice(leading).trimEnd();
    const start = charOffset(bytes, byteStart) + leading;
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
