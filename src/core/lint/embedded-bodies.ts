/**
 * The bodies embedded SQL comes from: a DO block's or a created function's string literal, with a
 * map from each character of the value back to the migration source.
 */
import { byteToChar, type EmbeddedIn } from '../sql/index.js';
import { list, names, nodeOf, type AstNode } from './ast.js';

/** A body that could not be read, with the character offset (in the source) to report it at. */
export interface UnreadBody {
  /** `dynamic-sql`: SQL built at run time; `not-analysable`: a body that cannot be read. */
  kind: 'dynamic-sql' | 'not-analysable';
  at: number;
  message: string;
}

/** A string body and where its characters sit in the source. */
export interface Body {
  text: string;
  /** Character offset in `text` → character offset in the source. */
  toSource: (offset: number) => number;
  plpgsql: boolean;
  language: string;
}

/** The body of a function the migration creates, by its lower-case name. */
export interface FunctionBody extends Body {
  name: string;
}

/** The body of a DO statement, or undefined when it has none. */
export function doBody(node: AstNode, at: EmbeddedIn): Body | undefined {
  const options = list(node.args).map((a) => nodeOf(a, 'DefElem'));
  const as = options.find((o) => o?.defname === 'as');
  const language = nodeOf(options.find((o) => o?.defname === 'language')?.arg, 'String')?.sval;
  const text = nodeOf(as?.arg, 'String')?.sval;
  if (typeof text !== 'string') return undefined;
  const lang = typeof language === 'string' ? language.toLowerCase() : 'plpgsql';
  return {
    text,
    toSource: literalMap(at, typeof as?.location === 'number' ? as.location : -1),
    plpgsql: lang === 'plpgsql',
    language: lang,
  };
}

/** The body of a CREATE FUNCTION / PROCEDURE in SQL or PL/pgSQL, or undefined. */
export function functionBody(node: AstNode, at: EmbeddedIn): FunctionBody | undefined {
  const options = list(node.options).map((o) => nodeOf(o, 'DefElem'));
  const as = options.find((o) => o?.defname === 'as');
  const language = nodeOf(options.find((o) => o?.defname === 'language')?.arg, 'String')?.sval;
  const text = nodeOf(list(nodeOf(as?.arg, 'List')?.items)[0], 'String')?.sval;
  const lang = typeof language === 'string' ? language.toLowerCase() : '';
  if (typeof text !== 'string' || (lang !== 'plpgsql' && lang !== 'sql')) return undefined;
  const name = names(node.funcname).at(-1)?.toLowerCase() ?? '';
  return {
    name,
    text,
    toSource: literalMap(at, typeof as?.location === 'number' ? as.location : -1),
    plpgsql: lang === 'plpgsql',
    language: lang,
  };
}

/**
 * Maps character offsets of a string literal's value to the source: exact for dollar-quoted
 * bodies and for '…' without escapes or with doubled quotes; the literal's start otherwise
 * (backslash escapes in E'…').
 */
function literalMap(at: EmbeddedIn, byteLocation: number): (offset: number) => number {
  if (byteLocation < 0) return () => at.toSource(0);
  // The location is the literal's, or (CREATE FUNCTION) the AS keyword's before it.
  const text = at.text;
  const start = byteToChar(text)(byteLocation);
  const rest = /^(?:AS\b)?(?:\s|--[^\n]*\n|\/\*[\s\S]*?\*\/)*/i.exec(text.slice(start));
  const literal = start + (rest?.[0].length ?? 0);
  const dollar = /^\$([A-Za-z_][A-Za-z_0-9]*)?\$/.exec(text.slice(literal));
  if (dollar) {
    const base = literal + dollar[0].length;
    return (offset) => at.toSource(base + offset);
  }
  if (text[literal] === "'") {
    // Value offset → source offset, skipping the second quote of each doubled ''.
    const positions: number[] = [];
    for (let i = literal + 1; i < text.length; i += 1) {
      if (text[i] === "'") {
        if (text[i + 1] !== "'") break;
        i += 1;
      }
      positions.push(i);
    }
    return (offset) => at.toSource(positions[offset] ?? literal);
  }
  return () => at.toSource(literal);
}
