import { DbDeployError } from '../../../errors.js';
import type { SqlSection } from '../../engine/types.js';

/**
 * goose's SQL annotations, as its parser reads them (internal/sqlparser/parser.go): a line
 * starting with `--` whose rest is `+goose Up`, `+goose Down`, `+goose StatementBegin`,
 * `+goose StatementEnd`, `+goose NO TRANSACTION`, `+goose ENVSUB ON` or `+goose ENVSUB OFF`
 * (case and spacing aside). The up runs from `+goose Up` to `+goose Down`, the down from there to
 * the end; the annotations themselves are SQL comments and stay in the text.
 */

const ANNOTATION = /^--\s*\+goose\s+(.+?)\s*$/i;

type Kind =
  'up' | 'down' | 'statementbegin' | 'statementend' | 'no transaction' | 'envsub on' | 'envsub off';
const KINDS = new Set<string>([
  'up',
  'down',
  'statementbegin',
  'statementend',
  'no transaction',
  'envsub on',
  'envsub off',
]);

export interface GooseFile {
  up: SqlSection;
  /** Undefined when the file has no `-- +goose Down` annotation. */
  down: SqlSection | undefined;
  noTransaction: boolean;
}

/** Whether a file's text has goose's annotations (detection reads this). */
export const hasGooseAnnotations = (content: string): boolean =>
  /^--\s*\+goose\s+up\b/im.test(content);

function parseError(file: string, message: string): DbDeployError {
  return new DbDeployError('migration-parse-failed', `goose migration ${file}: ${message}`, {
    where: file,
    hint: 'start the file with "-- +goose Up", put the down after "-- +goose Down", and pair every "-- +goose StatementBegin" with a "-- +goose StatementEnd", as goose requires',
  });
}

/**
 * Splits a goose SQL file into its sections, refusing what goose's parser refuses, and
 * substitutes environment variables where `-- +goose ENVSUB ON` asks for it.
 * @param env the variables goose would read (the process environment)
 */
export function splitGooseFile(content: string, file: string, env: NodeJS.ProcessEnv): GooseFile {
  const lines = content.split('\n');
  let offset = 0;
  let upStart: number | undefined;
  let downStart: number | undefined;
  let inStatement = false;
  let noTransaction = false;
  let envsub = false;
  const substituted: string[] = [];
  for (const [i, line] of lines.entries()) {
    const kind = ANNOTATION.exec(line.replace(/\r$/, ''))?.[1]?.toLowerCase().replace(/\s+/g, ' ');
    const known = kind !== undefined && KINDS.has(kind) ? (kind as Kind) : undefined;
    let text = line;
    switch (known) {
      case 'up':
        if (upStart !== undefined)
          throw parseError(file, `a second "-- +goose Up" on line ${i + 1}`);
        upStart = offset;
        break;
      case 'down':
        if (upStart === undefined || downStart !== undefined || inStatement)
          throw parseError(
            file,
            `"-- +goose Down" on line ${i + 1} must follow "-- +goose Up" once, outside a statement block`,
          );
        downStart = offset;
        break;
      case 'statementbegin':
        if (upStart === undefined || inStatement)
          throw parseError(
            file,
            `"-- +goose StatementBegin" on line ${i + 1} is not after "-- +goose Up" or inside another block`,
          );
        inStatement = true;
        break;
      case 'statementend':
        if (!inStatement)
          throw parseError(file, `"-- +goose StatementEnd" on line ${i + 1} has no StatementBegin`);
        inStatement = false;
        break;
      case 'no transaction':
        noTransaction = true;
        break;
      case 'envsub on':
        envsub = true;
        break;
      case 'envsub off':
        envsub = false;
        break;
      default:
        if (envsub && !line.trimStart().startsWith('--')) text = substitute(line, env, file, i + 1);
    }
    substituted.push(text);
    offset += line.length + 1;
  }
  if (upStart === undefined) throw parseError(file, 'it has no "-- +goose Up" annotation');
  if (inStatement) throw parseError(file, 'a "-- +goose StatementBegin" has no StatementEnd');
  const text = substituted.join('\n');
  // Offsets in the substituted text: lines before the markers are unchanged in count.
  const at = (original: number) => {
    const line = content.slice(0, original).split('\n').length - 1;
    return substituted.slice(0, line).reduce((n, l) => n + l.length + 1, 0);
  };
  const up = at(upStart);
  const down = downStart === undefined ? undefined : at(downStart);
  return {
    up: { sql: text.slice(up, down), offset: upStart },
    down: down === undefined ? undefined : { sql: text.slice(down), offset: downStart! },
    noTransaction,
  };
}

/**
 * goose's environment substitution (github.com/drone/envsubst): `${NAME}`, `$NAME`, and
 * `${NAME:-default}` / `${NAME-default}` / `${NAME:=default}` / `${NAME=default}`. goose puts an
 * empty string where a variable is unset; db-deploy refuses instead, naming the variable, since
 * an empty name or value in a schema change is almost never what was meant. Other forms are
 * refused too: db-deploy does not guess what they would give.
 */
export function substitute(
  line: string,
  env: NodeJS.ProcessEnv,
  file: string,
  lineNo: number,
): string {
  return line.replace(
    /\$\{([^}]*)\}|\$([A-Za-z_][A-Za-z0-9_]*)/g,
    (whole, braced: string | undefined, bare: string | undefined) => {
      const expr = braced ?? bare!;
      const m = /^([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-=])(.*))?$/s.exec(expr);
      if (!m)
        throw envError(
          file,
          lineNo,
          `${whole} is a form of substitution db-deploy does not perform`,
        );
      const [, name, op, fallback] = m;
      const value = env[name!];
      if (op === undefined) {
        if (value === undefined)
          throw envError(file, lineNo, `the environment variable ${name} is not set`);
        return value;
      }
      const empty = op.startsWith(':');
      return value === undefined || (empty && value === '') ? fallback! : value;
    },
  );
}

function envError(file: string, line: number, message: string): DbDeployError {
  return new DbDeployError(
    'envsub-failed',
    `goose migration ${file} line ${line} (-- +goose ENVSUB ON): ${message}`,
    {
      where: `${file}:${line}`,
      hint: "set the variable in the step's env: (goose would put an empty string in its place), or give a default: ${NAME:-default}",
    },
  );
}
