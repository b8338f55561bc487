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
import {
  DOLLAR_TAG,
  IDENT_CHAR,
  IDENT_START,
  MAX_TOKENS,
  encodingProblem,
  isDumpCopy,
  type Quote,
  type Token,
} from './plain-scan-lex.js';
import { UnsafeSqlError } from './plain-scan-error.js';
import { RestrictPair } from './plain-scan-restrict.js';

export { UnsafeSqlError, type ScanFinding } from './plain-scan-error.js';

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
  private readonly restrict = new RestrictPair();
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
    const problem = this.restrict.endProblem();
    if (problem) this.fail(problem);
  }

  private fail(what: string): never {
    throw new UnsafeSqlError({ line: this.lineNo, what });
  }

  private line(raw: string): void {
    this.lineNo += 1;
    if (
      this.restrict.unrestricted &&
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
    const problem = encodingProblem(tokens);
    if (problem) this.fail(problem);
  }

  /** A backslash outside any quote: only pg_dump's \restrict / \unrestrict pair is let through. */
  private metaCommand(rest: string): void {
    const atStart = this.tokens.length === 0 && this.quote.kind === 'none';
    const problem = this.restrict.metaCommand(rest, atStart, this.statements);
    if (problem) this.fail(problem);
  }
}
