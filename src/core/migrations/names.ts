import { DbDeployError } from '../errors.js';

/**
 * Names db-deploy cannot use: the engine writes every ledger with bind parameters and quoted
 * identifiers (ADR 0013), so quotes and backslashes in a schema, a ledger table or a migration's
 * file name are fine. What stays refused is what no quoting makes usable:
 * - control characters (a newline or an escape sequence in a name would forge log lines,
 *   annotations and summaries, and no migration tool writes them);
 * - identifiers PostgreSQL would cut: it truncates names to NAMEDATALEN - 1 = 63 bytes, so two
 *   long names could silently become one (the checksum table adds `_checksums`).
 */
const UNUSABLE_CHARACTER = /\p{Cc}/u;

/** The characters a name may hold, for error messages. */
export const ALLOWED_NAME_CHARACTERS = 'any characters but control characters';

const MAX_IDENTIFIER_BYTES = 63;

/** The checksum table is `<migrations-table>_checksums`: its name must stay within 63 bytes too. */
export const CHECKSUM_TABLE_SUFFIX = '_checksums';

/** How a name shows in an error line: quoted, control characters escaped (JSON string syntax). */
function shown(value: string): string {
  return JSON.stringify(value);
}

function unusableCharacter(value: string): string | undefined {
  const found = UNUSABLE_CHARACTER.exec(value)?.[0];
  return found === undefined ? undefined : shown(found);
}

/**
 * Refuses a `schema` or `migrations-table` value db-deploy cannot use as an identifier.
 * @param input the input's name as the user sets it (`schema`, `migrations-table`)
 */
export function checkBookkeepingName(input: 'schema' | 'migrations-table', value: string): void {
  const maxBytes =
    input === 'migrations-table'
      ? MAX_IDENTIFIER_BYTES - CHECKSUM_TABLE_SUFFIX.length
      : MAX_IDENTIFIER_BYTES;
  const character = unusableCharacter(value);
  const bytes = Buffer.byteLength(value);
  let problem: string | undefined;
  if (value === '') problem = 'is empty';
  else if (character) problem = `holds the control character ${character}`;
  else if (bytes > maxBytes)
    problem = `is ${bytes} bytes long; PostgreSQL cuts names at 63 bytes${input === 'migrations-table' ? ` and db-deploy adds ${CHECKSUM_TABLE_SUFFIX} to it` : ''}`;
  if (!problem) return;
  throw new DbDeployError('unsafe-name', `${input} ${shown(value)} ${problem}`, {
    hint: `use at most ${maxBytes} bytes of ${ALLOWED_NAME_CHARACTERS}`,
  });
}

/**
 * Refuses a migration file whose name db-deploy cannot record or report safely.
 * @param fileName the file's base name, e.g. `1700000000000_init.sql`
 * @param where the directory or path, as the user gave it
 */
export function checkMigrationFileName(fileName: string, where: string): void {
  const character = unusableCharacter(fileName);
  if (!character) return;
  throw new DbDeployError(
    'unsafe-name',
    `migration file ${shown(fileName)} holds the control character ${character} in its name`,
    { where, hint: `rename the file using ${ALLOWED_NAME_CHARACTERS}` },
  );
}
