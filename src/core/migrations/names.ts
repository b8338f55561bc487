import { DbDeployError } from '../errors.js';

/**
 * Names that node-pg-migrate 9 pastes into SQL as code, unescaped (node_modules/node-pg-migrate,
 * runner.ts and migration.ts):
 * - `schema`: `SET search_path TO "<schema>"`, `table_schema = '<schema>'` and
 *   `INSERT INTO "<schema>"."<table>"`;
 * - `migrations-table`: `table_name = '<table>'` and `INSERT INTO "<schema>"."<table>"`;
 * - a migration's name (its file name without the ending): `VALUES ('<name>', NOW())` and
 *   `DELETE … WHERE name='<name>'`.
 * A quote ends the literal or identifier, a backslash escapes the next character where
 * standard_conforming_strings is off, and a control character has no business in either. Such
 * names are refused before anything runs; everything else passes through node-pg-migrate intact.
 */
const UNSAFE_CHARACTER = /['"\\\p{Cc}]/u;

/** The characters a name may hold, for error messages. */
export const ALLOWED_NAME_CHARACTERS =
  'letters, digits, spaces and punctuation other than \' " and \\ (no control characters)';

/**
 * PostgreSQL truncates identifiers to NAMEDATALEN - 1 = 63 bytes; node-pg-migrate then looks
 * its table up by the untruncated name in information_schema and fails on the second run.
 */
const MAX_IDENTIFIER_BYTES = 63;

/** The checksum table is `<migrations-table>_checksums`: its name must stay within 63 bytes too. */
export const CHECKSUM_TABLE_SUFFIX = '_checksums';

/** How a name shows in an error line: quoted, control characters escaped (JSON string syntax). */
function shown(value: string): string {
  return JSON.stringify(value);
}

function unsafeCharacter(value: string): string | undefined {
  const found = UNSAFE_CHARACTER.exec(value)?.[0];
  return found === undefined ? undefined : shown(found);
}

/**
 * Refuses a `schema` or `migrations-table` value that cannot pass safely through node-pg-migrate.
 * @param input the input's name as the user sets it (`schema`, `migrations-table`)
 */
export function checkBookkeepingName(input: 'schema' | 'migrations-table', value: string): void {
  const maxBytes =
    input === 'migrations-table'
      ? MAX_IDENTIFIER_BYTES - CHECKSUM_TABLE_SUFFIX.length
      : MAX_IDENTIFIER_BYTES;
  const character = unsafeCharacter(value);
  const bytes = Buffer.byteLength(value);
  let problem: string | undefined;
  if (value === '') problem = 'is empty';
  else if (character)
    problem = `holds ${character}, which node-pg-migrate would paste into SQL as code`;
  else if (bytes > maxBytes)
    problem = `is ${bytes} bytes long; PostgreSQL cuts names at 63 bytes${input === 'migrations-table' ? ` and db-deploy adds ${CHECKSUM_TABLE_SUFFIX} to it` : ''}`;
  if (!problem) return;
  throw new DbDeployError('unsafe-name', `${input} ${shown(value)} ${problem}`, {
    hint: `use at most ${maxBytes} bytes of ${ALLOWED_NAME_CHARACTERS}`,
  });
}

/**
 * Refuses a migration file whose name cannot pass safely through node-pg-migrate, which records
 * the name (the file name without its ending) in a SQL literal it builds by pasting.
 * @param fileName the file's base name, e.g. `1700000000000_init.sql`
 * @param where the directory or path, as the user gave it
 */
export function checkMigrationFileName(fileName: string, where: string): void {
  const character = unsafeCharacter(fileName);
  if (!character) return;
  throw new DbDeployError(
    'unsafe-name',
    `migration file ${shown(fileName)} holds ${character} in its name, which node-pg-migrate would paste into SQL as code when it records the migration`,
    { where, hint: `rename the file using ${ALLOWED_NAME_CHARACTERS}` },
  );
}
