/**
 * The pieces of the plain-SQL archive scanner (plain-scan.ts) that hold no scanner state: the
 * lexer's character classes, the tokens it keeps of a statement, and the checks on a finished
 * statement (the exact COPY pg_dump writes, the client encodings psql can lex safely).
 */

/** Where the scanner is: outside any quote, or inside a string, identifier, dollar body or comment. */
export type Quote =
  | { kind: 'none' }
  | { kind: 'string'; escapes: boolean; from: number }
  | { kind: 'ident' }
  | { kind: 'dollar'; tag: string }
  | { kind: 'comment'; depth: number };

/** Client encodings in which a multibyte character can contain 0x5C (psql docs, "Character Set Support"). */
const UNSAFE_ENCODINGS = new Set(['sjis', 'shiftjis', 'big5', 'gbk', 'uhc', 'gb18030', 'johab']);

/** A character that starts an identifier or keyword (bytes read as latin1). */
export const IDENT_START = /[A-Za-z_\u0080-\u00ff]/;
/** A character that continues one. */
export const IDENT_CHAR = /[A-Za-z_0-9$\u0080-\u00ff]/;
/** The opening tag of a dollar-quoted body: `$$` or `$tag$`. */
export const DOLLAR_TAG = /^\$([A-Za-z_\u0080-\u00ff][A-Za-z_0-9\u0080-\u00ff]*)?\$/;
/** The most tokens of one statement kept for recognising COPY and SET (a COPY names ≤ 1,600 columns). */
export const MAX_TOKENS = 8000;

/** A token of the current statement: a lower-cased word, a quoted identifier, a string, a sign. */
export type Token = { t: 'word' | 'qident' | 'string' | 'sign'; v: string };

/** `COPY name[.name] [(col, …)] FROM stdin` exactly (names plain or quoted), as pg_dump writes it. */
export function isDumpCopy(tokens: readonly Token[]): boolean {
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

/**
 * psql lexes in the client encoding, which a statement can change: only pg_dump's own
 * `SET client_encoding = '…'` to an encoding in which no character holds an ASCII byte is
 * accepted; `SET NAMES`, `RESET`, `set_config()` of it or any other mention is refused.
 * Returns why a statement is refused, or undefined.
 */
export function encodingProblem(tokens: readonly Token[]): string | undefined {
  const setNames = tokens[0]?.v === 'set' && tokens.slice(1, 3).some((t) => t.v === 'names');
  const mentions =
    setNames ||
    tokens.some((t) => (t.t === 'word' || t.t === 'string') && t.v === 'client_encoding');
  if (!mentions) return undefined;
  const [set, name, eq, value, ...rest] = tokens;
  const plain =
    set?.v === 'set' &&
    name?.t === 'word' &&
    name.v === 'client_encoding' &&
    (eq?.v === '=' || eq?.v === 'to') &&
    value?.t === 'string' &&
    rest.length === 0;
  if (!plain) return 'a change of the client encoding pg_dump does not write';
  const encoding = value.v.replace(/[^a-z0-9]/g, '');
  if (!encoding || UNSAFE_ENCODINGS.has(encoding))
    return `client encoding '${value.v}', in which a character can hide a backslash`;
  return undefined;
}
