import { parseDuration } from '../duration.js';
import { lineColumn } from '../sql/index.js';
import type { DeclaredMetadata } from './engine/types.js';

/**
 * The metadata block of a migration module, as the e-commerce tutorial's template writes it:
 *
 *     exports.config = { transaction: true, destructive: false, estimatedDuration: '30s', dependencies: [] };
 *
 * `transaction` is knex's own switch; the other keys are the tutorial's, checked by validate.
 * Read from the loaded module (its value), and located in the text (its span), so that the
 * checksum can leave it out: editing only what a migration says about itself is not an edit of
 * what ran.
 */

/** Why a migration runs outside a transaction when its metadata block says so. */
export const NO_TRANSACTION_DECLARED = 'exports.config.transaction = false';

/** The keys db-deploy knows. */
export const METADATA_KEYS = ['transaction', 'destructive', 'estimatedDuration', 'dependencies'];

/** Where a metadata block of plain data stands in a file (character offsets, end exclusive). */
export interface MetadataSpan {
  start: number;
  end: number;
}

const BLOCK_START = () =>
  /(^|[;\n}])([ \t]*)(?:(?:module\.)?exports\.config|export[ \t]+const[ \t]+config(?:[ \t]*:[ \t]*[\w.]+)?)[ \t]*=[ \t]*\{/g;

/**
 * The span of the metadata block when it is an object literal of plain data — keys, strings
 * without substitutions, numbers, booleans, null, arrays and objects of those — from
 * `exports.config` to its closing brace and semicolon. Undefined when there is none, or when it
 * holds anything else (a call, a variable, a function: something that runs).
 */
export function metadataSpan(content: string): MetadataSpan | undefined {
  const found = [...content.matchAll(BLOCK_START())];
  if (found.length !== 1) return undefined;
  const match = found[0]!;
  const start = match.index + match[1]!.length;
  const open = match.index + match[0].length - 1;
  const close = plainLiteralEnd(content, open);
  if (close === undefined) return undefined;
  let end = close + 1;
  const rest = /^[ \t]*;?[ \t]*(?:\r?\n)?/.exec(content.slice(end));
  end += rest?.[0].length ?? 0;
  return { start, end };
}

/** Tokens an object literal of plain data is made of. */
const TOKEN =
  /\s+|\/\/[^\n]*|\/\*[\s\S]*?\*\/|[{}[\],:]|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\$]|\\.|\$(?!\{))*`|-?(?:\d[\d_]*\.?\d*(?:e[+-]?\d+)?|\.\d+)|[A-Za-z_$][\w$]*/y;

/** The offset of the brace that closes the plain-data literal opened at `open`, if it is one. */
function plainLiteralEnd(content: string, open: number): number | undefined {
  let depth = 0;
  let previous = '';
  TOKEN.lastIndex = open;
  while (TOKEN.lastIndex < content.length) {
    const at = TOKEN.lastIndex;
    const token = TOKEN.exec(content)?.[0];
    if (token === undefined) return undefined;
    if (/^\s|^\/[/*]/.test(token)) continue;
    if (token === '{' || token === '[') depth += 1;
    else if (token === '}' || token === ']') {
      depth -= 1;
      if (depth === 0) return token === '}' ? at : undefined;
    } else if (/^[A-Za-z_$]/.test(token)) {
      // An identifier is a key (followed by a colon) or a literal value, nothing else.
      const next = /^\s*(.)/.exec(content.slice(TOKEN.lastIndex))?.[1];
      const isKey = next === ':' && (previous === '{' || previous === ',');
      if (!isKey && !['true', 'false', 'null', 'undefined'].includes(token)) return undefined;
    }
    previous = token;
  }
  return undefined;
}

/** The text without its plain-data metadata block (what the checksum covers). */
export function withoutMetadata(content: string): string {
  const span = metadataSpan(content);
  return span ? content.slice(0, span.start) + content.slice(span.end) : content;
}

/**
 * The declared metadata of a loaded module (its `config` export), checked for shape; undefined
 * when it exports none.
 */
export function readDeclared(
  mod: Record<string, unknown>,
  content: string,
): DeclaredMetadata | undefined {
  const config = mod.config;
  if (config === undefined) return undefined;
  const line = metadataLine(content);
  if (config === null || typeof config !== 'object' || Array.isArray(config)) {
    return { unknownKeys: [], problems: ['the config export is not an object'], line };
  }
  const values = config as Record<string, unknown>;
  const declared: DeclaredMetadata = {
    unknownKeys: Object.keys(values).filter((key) => !METADATA_KEYS.includes(key)),
    problems: [],
    line,
  };
  const problems: string[] = [];
  for (const key of ['transaction', 'destructive'] as const) {
    const value = values[key];
    if (value === undefined) continue;
    if (typeof value === 'boolean') declared[key] = value;
    else problems.push(`${key} must be true or false, not ${JSON.stringify(value)}`);
  }
  const duration = values.estimatedDuration;
  if (duration !== undefined) {
    if (typeof duration === 'string') {
      declared.estimatedDuration = { text: duration, ms: durationMs(duration) };
      if (declared.estimatedDuration.ms === undefined)
        problems.push(
          `estimatedDuration ${JSON.stringify(duration)} is not a duration (e.g. 250ms, 30s, 10m, 2h)`,
        );
    } else {
      problems.push(
        `estimatedDuration must be a duration text such as '30s', not ${JSON.stringify(duration)}`,
      );
    }
  }
  const dependencies = values.dependencies;
  if (dependencies !== undefined) {
    if (Array.isArray(dependencies) && dependencies.every((d) => typeof d === 'string'))
      declared.dependencies = dependencies as string[];
    else problems.push('dependencies must be a list of migration names');
  }
  declared.problems = problems;
  return declared;
}

function durationMs(text: string): number | undefined {
  try {
    return parseDuration(text, 'estimatedDuration');
  } catch {
    return undefined;
  }
}

/** 1-based line of the metadata block (1 when it cannot be found in the text). */
function metadataLine(content: string): number {
  const match = BLOCK_START().exec(content);
  if (!match) return 1;
  return lineColumn(content, match.index + match[1]!.length + match[2]!.length).line;
}
