/**
 * A scanner for plain-SQL archives that finds every psql meta-command the way psql's own lexer
 * (src/fe_utils/psqlscan.l) would, so that db-deploy never lets psql run one from an archive.
 *
 * psql treats a backslash outside a quoted string, a quoted identifier, a dollar-quoted body or a
 * comment as the start of a meta-command (`\!`, `\c`, `\set`, `\copy`, `\o`, …), anywhere on a
 * line; and after a `COPY … FROM stdin` statement it passes the following lines to the server as
 * data, up to a line holding only `\.`, where backslashes are data. pg_dump writes, for a single
 * database, no meta-command but those: the `\.` ending COPY data, and since 17.6/16.10/15.14/
 * 14.19/13.22 a `\restrict KEY` header with a matching `\unrestrict KEY` at the end. Everything
 * else (`\connect` comes only from pg_dumpall or `--create`) is refused. `\restrict` is accepted,
 * never trusted: the whole file is scanned whatever it says.
 *
 * Deliberately conservative where psql's reading could depend on state the scanner cannot see:
 * - a quote directly after a backslash in a plain '…' string is refused, because psql reads it
 *   differently with standard_conforming_strings off (`\'` escapes the quote), which a server or
 *   an SQL function can switch at any statement;
 * - a client encoding whose characters may hold the byte of a backslash (SJIS, BIG5, GBK, UHC,
 *   GB18030, JOHAB) is refused;
 * - COPY data is recognised only after exactly the statement pg_dump writes,
 *   `COPY name (columns) FROM stdin;`, at the top level (outside parentheses and BEGIN ATOMIC
 *   bodies, tracked as psql tracks them), with nothing after it on its line.
 * Works on bytes read as latin1 (one character per byte): only ASCII decides the structure.
 */

/** Why an archive was refused: what, and the 1-based line. */
export interface ScanFinding {
  line: number;
  what: string;
}

/** Thrown by PlainSqlScanner.push on the first finding. */
export class UnsafeSqlError extends Error {
  constructor(readonly finding: ScanFinding) {
    super(`line ${finding.line}: ${finding.what}`);
  }
}

type Quote =
  | { kind: 'none' }
  | { kind: 'string'; escapes: boolean; from: number }
  | { kind: 'ident' }
  | { kind: 'dollar'; tag: string }
  | { kind: 'comment'; depth: number };

/** Client encodings in which a multibyte character can contain 0x5C (psql docs, "Character Set Support"). */
const UNSAFE_ENCODINGS = new Set(['sjis', 'shiftjis', 'big5', 'gbk', 'uhc', 'gb18030', 'johab']);

const IDENT_START = /[A-Za-z_\u0080-\u00ff]/;
const IDENT_CHAR = /[A-Za-z_0-9$\u0080-\u00ff]/;
const DOLLAR_TAG = /^\$([A-Za-z_\u0080-\u00ff][A-Za-z_0-9\u0080-\u00ff]*)?\$/;
/** The most tokens of one statement kept for recognising COPY and SET (a COPY names ≤ 1,600 columns). */
const MAX_TOKENS = 8000;

/** A token of the current statement: a lower-cased word, a quoted identifier, a string, a sign. */
type Token = { t: 'word' | 'qident' | 'string' | 'sign'; v: string };

/**
 * Scans a plain SQL archive pushed in chunks (any split); throws UnsafeSqlError at the first
 * meta-command or construct it refuses. `end()` checks what must hold at the end of the file.
 */
export class PlainSqlScanner {
  private lineNo = 0;
  private pending = '';
  private inCopy = false;
  private quote: Quote = { kind: 'none' };
  private parens = 0;
  private beginDepth = 0;
  private heads: string[] = [];
  private words = 0;
  private tokens: Token[] = [];
  private overflow = false;
  private restrictKey: string | undefined;
  private unrestricted = false;
  private statements = 0;
  /** Bytes of the input fully scanned (whole lines): safe to pass on. */
  scannedBytes = 0;

  /** Scans `chunk`; returns the number of bytes that became safe to pass on (complete lines). */
  push(chunk: Buffer): number {
    const text = this.pending + chunk.toString('latin1');
    let start = 0;
    let safe = 0;
    for (;;) {
      const nl = text.indexOf('\n', start);
      if (nl < 0) break;
      this.line(text.slice(start, nl));
      safe += nl + 1 - start;
      start = nl + 1;
    }
    this.pending = text.slice(start);
    const before = this.scannedBytes;
    this.scannedBytes += safe;
    // `safe` counts the pending text carried from the last chunk too: report only the new bytes
    // of this chunk that became safe, i.e. everything scanned so far minus what was reported.
    return this.scannedBytes - before;
  }

  /** Scans the last line (without a newline) and checks the end state. */
  end(): void {
    if (this.pending) {
      this.line(this.pending);
      this.scannedBytes += this.pending.length;
      this.pending = '';
    }
    if (this.restrictKey !== undefined && !this.unrestricted)
      this.fail('\\restrict without the matching \\unrestrict at the end');
  }

  private fail(what: string): never {
    throw new UnsafeSqlError({ line: this.lineNo, what });
  }

  private line(raw: string): void {
    this.lineNo += 1;
    if (
      this.unrestricted &&
      raw.trim() &&
      this.quote.kind === 'none' &&
      !raw.trim().startsWith('--')
    )
      this.fail('text after \\unrestrict');
    if (this.inCopy) {
      // psql ends COPY data at a line holding only \. (a CR before the newline allowed).
      if (raw === '\\.' || raw === '\\.\r') this.inCopy = false;
      return;
    }
    this.scanSql(raw);
  }

  private token(t: Token['t'], v: string): void {
    if (this.tokens.length < MAX_TOKENS) this.tokens.push({ t, v });
    else this.overflow = true;
  }

  /** psql's heuristic for BEGIN ATOMIC bodies (psqlscan.l, `{identifier}` rule, 14+). */
  private word(word: string): void {
    const lower = word.toLowerCase();
    this.token('word', lower);
    if (this.words < 4)
      this.heads[this.words] = ['create', 'function', 'procedure', 'or', 'replace'].includes(lower)
        ? lower[0]!
        : '';
    this.words += 1;
    const [a, b, c, d] = this.heads;
    const routine =
      a === 'c' && (b === 'f' || b === 'p' || (b === 'o' && c === 'r' && (d === 'f' || d === 'p')));
    if (!routine || this.parens !== 0) return;
    if (lower === 'begin') this.beginDepth += 1;
    else if (lower === 'case' && this.beginDepth > 0) this.beginDepth += 1;
    else if (lower === 'end' && this.beginDepth > 0) this.beginDepth -= 1;
  }

  private scanSql(line: string): void {
    if (this.quote.kind === 'string') this.quote = { ...this.quote, from: -1 };
    let i = 0;
    const n = line.length;
    while (i < n) {
      const q = this.quote;
      const ch = line[i]!;
      if (q.kind === 'string') {
        if (ch === '\\') {
          if (q.escapes) {
            i += 2;
            continue;
          }
          if (line[i + 1] === "'")
            this.fail(
              'a backslash before a quote in an SQL string (read differently when standard_conforming_strings is off)',
            );
          i += 1;
          continue;
        }
        if (ch === "'") {
          if (line[i + 1] === "'") {
            i += 2;
            continue;
          }
          this.quote = { kind: 'none' };
          // The content when the string sits on one line (-1: began on an earlier line).
          this.token('string', q.from < 0 ? '' : line.slice(q.from, i).toLowerCase());
        }
        i += 1;
        continue;
      }
      if (q.kind === 'ident') {
        if (ch === '"') {
          if (line[i + 1] === '"') {
            i += 2;
            continue;
          }
          this.quote = { kind: 'none' };
        }
        i += 1;
        continue;
      }
      if (q.kind === 'dollar') {
        const close = line.indexOf(q.tag, i);
        if (close < 0) return;
        this.quote = { kind: 'none' };
        this.token('string', '');
        i = close + q.tag.length;
        continue;
      }
      if (q.kind === 'comment') {
        if (ch === '*' && line[i + 1] === '/') {
          this.quote = q.depth > 1 ? { kind: 'comment', depth: q.depth - 1 } : { kind: 'none' };
          i += 2;
        } else if (ch === '/' && line[i + 1] === '*') {
          this.quote = { kind: 'comment', depth: q.depth + 1 };
          i += 2;
        } else i += 1;
        continue;
      }
      // Outside any quote.
      if (ch === '\\') {
        this.metaCommand(line.slice(i));
        return;
      }
      if (ch === '-' && line[i + 1] === '-') return;
      if (ch === '/' && line[i + 1] === '*') {
        this.quote = { kind: 'comment', depth: 1 };
        i += 2;
        continue;
      }
      if (ch === "'") {
        this.quote = { kind: 'string', escapes: false, from: i + 1 };
        i += 1;
        continue;
      }
      if (ch === '"') {
        this.quote = { kind: 'ident' };
        this.token('qident', '');
        i += 1;
        continue;
      }
      if (ch === '$') {
        const tag = DOLLAR_TAG.exec(line.slice(i, i + 256));
        if (tag) {
          this.quote = { kind: 'dollar', tag: tag[0] };
          i += tag[0].length;
          continue;
        }
        i += 1;
        continue;
      }
      if (ch === ':' && (line[i + 1] === "'" || line[i + 1] === '"' || line[i + 1] === '{')) {
        // psql variable interpolation (:'var', :"var", :{?var}): pg_dump writes none.
        if (line[i - 1] !== ':') this.fail(`a psql variable reference ${line.slice(i, i + 2)}…`);
      }
      if (IDENT_START.test(ch)) {
        let j = i + 1;
        while (j < n && IDENT_CHAR.test(line[j]!)) j += 1;
        const word = line.slice(i, j);
        // E'…' (and e'…'): backslash escapes; U&'…', B'…', X'…', N'…' read like plain strings.
        if (line[j] === "'" && /^[eE]$/.test(word)) {
          this.quote = { kind: 'string', escapes: true, from: j + 1 };
          i = j + 1;
          continue;
        }
        if (line[j] === "'" && /^([bBxXnN]|[uU]&)$/.test(word)) {
          this.quote = { kind: 'string', escapes: false, from: j + 1 };
          i = j + 1;
          continue;
        }
        this.word(word);
        i = j;
        continue;
      }
      if (/[0-9]/.test(ch)) {
        let j = i + 1;
        while (j < n && /[0-9A-Za-z_.]/.test(line[j]!)) j += 1;
        this.token('sign', line.slice(i, j));
        i = j;
        continue;
      }
      if (ch === '(') this.parens += 1;
      else if (ch === ')' && this.parens > 0) this.parens -= 1;
      if (ch === ';' && this.parens === 0 && this.beginDepth === 0) {
        this.endStatement(line.slice(i + 1));
        if (this.inCopy) return;
        i += 1;
        continue;
      }
      if (!/\s/.test(ch)) this.token('sign', ch);
      i += 1;
    }
  }

  /** A statement ended at a top-level `;`: COPY FROM stdin switches to data, SET is checked. */
  private endStatement(rest: string): void {
    const tokens = this.overflow ? [] : this.tokens;
    this.tokens = [];
    this.overflow = false;
    this.heads = [];
    this.words = 0;
    this.statements += 1;
    const first = tokens[0];
    if (first?.t === 'word' && first.v === 'copy') {
      if (!isDumpCopy(tokens))
        this.fail('a COPY statement pg_dump does not write (only COPY name (columns) FROM stdin)');
      if (rest.trim()) this.fail('text after a COPY … FROM stdin statement on its line');
      this.inCopy = true;
      return;
    }
    this.checkEncoding(tokens);
  }

  /**
   * psql lexes in the client encoding, which a statement can change: only pg_dump's own
   * `SET client_encoding = '…'` to an encoding in which no character holds an ASCII byte is
   * accepted; `SET NAMES`, `RESET`, `set_config()` of it or any other mention is refused.
   */
  private checkEncoding(tokens: readonly Token[]): void {
    const setNames = tokens[0]?.v === 'set' && tokens.slice(1, 3).some((t) => t.v === 'names');
    const mentions =
      setNames ||
      tokens.some((t) => (t.t === 'word' || t.t === 'string') && t.v === 'client_encoding');
    if (!mentions) return;
    const [set, name, eq, value, ...rest] = tokens;
    const plain =
      set?.v === 'set' &&
      name?.t === 'word' &&
      name.v === 'client_encoding' &&
      (eq?.v === '=' || eq?.v === 'to') &&
      value?.t === 'string' &&
      rest.length === 0;
    if (!plain) this.fail('a change of the client encoding pg_dump does not write');
    const encoding = value.v.replace(/[^a-z0-9]/g, '');
    if (!encoding || UNSAFE_ENCODINGS.has(encoding))
      this.fail(`client encoding '${value.v}', in which a character can hide a backslash`);
  }

  private metaCommand(rest: string): void {
    const match = /^\\(restrict|unrestrict)[ \t]+([A-Za-z0-9]+)[ \t]*\r?$/.exec(rest);
    const name = /^\\([A-Za-z!?.]*|[^A-Za-z]?)/.exec(rest)?.[0] ?? '\\';
    if (!match) this.fail(`psql meta-command ${name} (db-deploy never runs one from an archive)`);
    const [, command, key] = match;
    const atStart = this.tokens.length === 0 && this.quote.kind === 'none';
    if (command === 'restrict') {
      if (this.restrictKey !== undefined || this.statements > 0 || !atStart)
        this.fail('\\restrict anywhere but before the first statement');
      this.restrictKey = key;
      return;
    }
    if (this.restrictKey !== key || !atStart || this.unrestricted)
      this.fail('\\unrestrict without the matching \\restrict');
    this.unrestricted = true;
  }
}

/** `COPY name[.name] [(col, …)] FROM stdin` exactly (names plain or quoted), as pg_dump writes it. */
function isDumpCopy(tokens: readonly Token[]): boolean {
  let i = 1;
  const name = () => {
    const t = tokens[i];
    if (!t || (t.t !== 'word' && t.t !== 'qident')) return false;
    i += 1;
    return true;
  };
  if (!name()) return false;
  while (tokens[i]?.v === '.') {
    i += 1;
    if (!name()) return false;
  }
  if (tokens[i]?.v === '(') {
    i += 1;
    for (;;) {
      if (!name()) return false;
      if (tokens[i]?.v === ',') {
        i += 1;
        continue;
      }
      if (tokens[i]?.v !== ')') return false;
      i += 1;
      break;
    }
  }
  return (
    tokens[i]?.t === 'word' &&
    tokens[i]?.v === 'from' &&
    tokens[i + 1]?.t === 'word' &&
    tokens[i + 1]?.v === 'stdin' &&
    i + 2 === tokens.length
  );
}
